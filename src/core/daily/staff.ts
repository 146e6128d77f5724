/**
 * The Pegawai sheet: every staff member, their official account and whether Admin Sistem has
 * configured it on their smartphone (seed 000: inventory of accounts, account standard,
 * bulk configuration; KPI "persentase pegawai terkonfigurasi").
 *
 * The sheet is typed by hand, so every cell is checked and a problem names its row and
 * column. Unlike a settings sheet, a row with a problem is still counted as a staff member
 * (a colleague with a Gmail address is still a colleague, and leaving them out would raise
 * the percentage configured); only an unreadable row (no email and no name) or a repeated
 * email is skipped.
 *
 * Account standard checked on Email (decisions):
 * - A blank Email is allowed for staff who have no account yet, unless Akun Aktif says Ya.
 * - An address at a personal provider (gmail.com, yahoo.com, …) is "alamat pribadi"; any
 *   other domain outside the official one (subdomains included) is reported as such. Either
 *   way the member counts as not configured.
 * - The naming standard is checked on the part before '@', lower-cased first (addresses are
 *   case-insensitive): by default lowercase letters and digits in words joined by single dots
 *   or underscores, e.g. budi.santoso. An instansi with another policy passes its own pattern.
 * - Ya/Tidak cells accept Ya/Y/Iya/Yes/1/TRUE (a checkbox) and Tidak/Tdk/T/N/No/0/FALSE; blank
 *   is Tidak; anything else is reported and read as Tidak.
 */
import { cellText, isEmail, readYesNo, shown } from '../data/cells';
import { DEFAULT_TIME_ZONE } from '../time/format';
import type { IsoDate } from '../workdays';
import { bareAddress, domainOf, isOfficialAddress } from './response';
import { openSheet, readDateCell, type SheetProblem, STAFF_TABLE } from './tables';

export interface StaffMember {
  /** 1-based sheet row. */
  readonly row: number;
  /** Lower case; '' when the member has no account yet. */
  readonly email: string;
  readonly name: string;
  /** As written: a unit code or name of the Unit table. */
  readonly unit: string;
  /** Jabatan. */
  readonly position: string;
  /** Akun Aktif. */
  readonly active: boolean;
  readonly twoFactor: boolean;
  /** The day the official account was configured on the member's phone; null = not yet. */
  readonly configuredOn: IsoDate | null;
  readonly configuredBy: string;
  readonly note: string;
  /** The address is valid, in the official domain and not at a personal provider. */
  readonly official: boolean;
  /** The address also follows the naming standard. */
  readonly namingOk: boolean;
}

export interface StaffOptions {
  /** The official domain(s), e.g. 'bangkakab.go.id'; subdomains count as official. */
  readonly domain: string | readonly string[];
  /** Tested on the lower-cased part before '@'; default DEFAULT_NAMING_PATTERN. */
  readonly namingPattern?: RegExp;
  /** How the pattern is explained in the problem, e.g. 'nama.belakang'. */
  readonly namingHint?: string;
  /** When given, a Unit cell must name one of them (by code or name). */
  readonly units?: readonly { readonly code: string; readonly name: string }[];
  /** Zone of the spreadsheet, for reading date cells; default Asia/Jakarta. */
  readonly timeZone?: string;
}

/** Lowercase letters and digits in words joined by single dots or underscores: budi.santoso. */
export const DEFAULT_NAMING_PATTERN = /^[a-z0-9]+(?:[._][a-z0-9]+)*$/;

/** Free mail providers: an address there is a personal account, never an official one. */
export const PERSONAL_EMAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.id',
  'ymail.com',
  'rocketmail.com',
  'hotmail.com',
  'outlook.com',
  'outlook.co.id',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'protonmail.com',
  'proton.me',
  'gmx.com',
  'mail.com',
  'zoho.com',
  'yandex.com',
];

/** The header of the configuration date, as the admin sees it. */
const CONFIGURED_COLUMN = 'Dikonfigurasi di Ponsel (tanggal)';

export const PERSONAL_ADDRESS_MESSAGE = 'alamat pribadi tidak boleh dipakai untuk urusan dinas';

const fold = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Whether the address is at a personal provider (gmail.com, yahoo.co.id, …). */
export const isPersonalAddress = (address: string): boolean =>
  PERSONAL_EMAIL_DOMAINS.includes(domainOf(address));

export interface StaffResult {
  readonly staff: StaffMember[];
  readonly problems: SheetProblem[];
}

/**
 * Reads Pegawai: `header` is its first row, `rows` the rows under it (sheet row 2 onwards).
 * Columns are found by header. Never throws.
 */
export function readStaff(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  options: StaffOptions,
): StaffResult {
  const sheet = STAFF_TABLE.name;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const pattern = options.namingPattern ?? DEFAULT_NAMING_PATTERN;
  const domains = (typeof options.domain === 'string' ? [options.domain] : options.domain)
    .map((d) =>
      String(d ?? '')
        .trim()
        .toLowerCase()
        .replace(/^@/, ''),
    )
    .filter((d) => d !== '');
  const shownDomain = domains.map((d) => `@${d}`).join(' atau ');
  const unitKeys = options.units
    ? new Set(options.units.flatMap((u) => [fold(u.code), fold(u.name)]).filter((k) => k !== ''))
    : null;

  const problems: SheetProblem[] = [];
  if (domains.length === 0) {
    problems.push({
      sheet,
      row: 1,
      column: '',
      message: 'domain email kedinasan belum diatur, sehingga tidak ada alamat yang dianggap resmi',
    });
  }
  const opened = openSheet(STAFF_TABLE, header, rows, ['Email'], problems);
  const staff: StaffMember[] = [];
  const seen = new Map<string, number>();
  for (const r of opened?.rows ?? []) {
    const report = (column: string, message: string) =>
      problems.push({ sheet, row: r.row, column, message });
    const text = (column: string) => {
      const value = cellText(r.cell(column));
      if (value === null) report(column, `isi "${shown(r.cell(column))}" tidak terbaca`);
      return value ?? '';
    };
    const yesNo = (column: string): boolean => {
      const cell = r.cell(column);
      const value = cellText(cell);
      if (value === '') return false;
      const read = readYesNo(cell);
      if (read === null) report(column, `isi "Ya" atau "Tidak", bukan "${shown(cell)}"`);
      return read ?? false;
    };

    const typed = text('Email');
    const name = text('Nama');
    if (typed === '' && name === '') {
      report('Email', 'isi Email (atau Nama, bila pegawai belum punya akun); baris ini diabaikan');
      continue;
    }
    const email = (bareAddress(typed) || typed).toLowerCase();
    const earlier = email === '' ? undefined : seen.get(email);
    if (earlier !== undefined) {
      report('Email', `${email} sudah tercantum di baris ${earlier}; baris ini diabaikan`);
      continue;
    }
    if (email !== '') seen.set(email, r.row);

    const active = yesNo('Akun Aktif');
    const twoFactor = yesNo('2FA');
    let official = false;
    let namingOk = false;
    if (email === '') {
      if (active) report('Email', 'Akun Aktif berisi Ya, tetapi email kedinasan belum diisi');
    } else if (!isEmail(email)) {
      report('Email', `"${shown(typed)}" bukan alamat email yang valid`);
    } else if (
      isPersonalAddress(email) &&
      !domains.some((d) => PERSONAL_EMAIL_DOMAINS.includes(d))
    ) {
      report('Email', `${PERSONAL_ADDRESS_MESSAGE}; isi alamat kedinasan ${shownDomain}`);
    } else if (domains.length > 0 && !isOfficialAddress(email, domains)) {
      report('Email', `${email} di luar domain resmi; alamat kedinasan berakhiran ${shownDomain}`);
    } else {
      official = domains.length > 0;
      const local = email.slice(0, email.lastIndexOf('@'));
      namingOk = pattern.test(local);
      if (!namingOk) {
        const hint = options.namingHint ?? 'huruf kecil dan angka, dipisah titik atau garis bawah';
        report(
          'Email',
          `"${local}" tidak sesuai standar penamaan (${hint}), mis. nama.belakang@${domains[0] ?? 'domain'}`,
        );
      }
    }

    const unit = text('Unit');
    if (unit === '') report('Unit', 'unit wajib diisi');
    else if (unitKeys !== null && !unitKeys.has(fold(unit))) {
      report('Unit', `unit "${shown(unit)}" tidak ada di tabel Unit; isi kode atau nama unit`);
    }

    const configured = readDateCell(r.cell(CONFIGURED_COLUMN), timeZone);
    if (configured !== null && 'problem' in configured) {
      report(CONFIGURED_COLUMN, configured.problem);
    }
    const configuredOn = configured !== null && 'date' in configured ? configured.date : null;
    if (configuredOn !== null && !active && email !== '') {
      report('Akun Aktif', 'ponsel sudah dikonfigurasi, tetapi Akun Aktif tidak berisi Ya');
    }

    staff.push({
      row: r.row,
      email,
      name,
      unit,
      position: text('Jabatan'),
      active,
      twoFactor,
      configuredOn,
      configuredBy: text('Dikonfigurasi Oleh'),
      note: text('Catatan'),
      official,
      namingOk,
    });
  }
  return { staff, problems };
}

// ---- summary ------------------------------------------------------------------------------

export interface ConfigurationCounts {
  /** The unit as first written; ALL_STAFF_LABEL overall; NO_UNIT_LABEL for a blank Unit. */
  readonly unit: string;
  /** Every staff member, with or without an account. */
  readonly total: number;
  /** Akun Aktif Ya, with an address. */
  readonly active: number;
  /** Active with two-factor authentication. */
  readonly twoFactor: number;
  /** Active official account configured on the phone (by `asOf` when given). */
  readonly configured: number;
  /** configured ÷ total, a fraction 0–1; null when total is 0. */
  readonly configuredRate: number | null;
}

export const ALL_STAFF_LABEL = 'Semua unit';
export const NO_UNIT_LABEL = '(tanpa unit)';

/** Whether the member counts as configured on the phone by `asOf` ('YYYY-MM-DD', inclusive). */
export const isConfigured = (member: StaffMember, asOf?: IsoDate): boolean =>
  member.active &&
  member.official &&
  member.configuredOn !== null &&
  (asOf === undefined || member.configuredOn <= asOf);

class CountTally {
  total = 0;
  active = 0;
  twoFactor = 0;
  configured = 0;
  constructor(readonly unit: string) {}
  add(member: StaffMember, asOf: IsoDate | undefined): void {
    this.total++;
    const active = member.active && member.email !== '';
    if (active) this.active++;
    if (active && member.twoFactor) this.twoFactor++;
    if (isConfigured(member, asOf)) this.configured++;
  }
  result(): ConfigurationCounts {
    return {
      unit: this.unit,
      total: this.total,
      active: this.active,
      twoFactor: this.twoFactor,
      configured: this.configured,
      configuredRate: this.total > 0 ? this.configured / this.total : null,
    };
  }
}

/**
 * Counts per unit (sorted by unit, grouped without case or surrounding spaces) and overall.
 * With `asOf`, only configurations dated on or before that day count: the state at the end
 * of a past period, against today's staff list.
 */
export function configurationSummary(
  staff: readonly StaffMember[],
  asOf?: IsoDate,
): { units: ConfigurationCounts[]; overall: ConfigurationCounts } {
  const overall = new CountTally(ALL_STAFF_LABEL);
  const units = new Map<string, CountTally>();
  for (const member of staff) {
    const unitKey = fold(member.unit);
    let tally = units.get(unitKey);
    if (tally === undefined) {
      tally = new CountTally(unitKey === '' ? NO_UNIT_LABEL : member.unit.trim());
      units.set(unitKey, tally);
    }
    tally.add(member, asOf);
    overall.add(member, asOf);
  }
  return {
    units: [...units.values()]
      .map((t) => t.result())
      .sort((a, b) => a.unit.localeCompare(b.unit, 'id')),
    overall: overall.result(),
  };
}
