/**
 * The agenda request form (pengajuan agenda): raw form values in, a typed AgendaItem in status
 * DIAJUKAN out. Every invalid field is reported at once, in Indonesian, so the requester fixes
 * the form in one pass.
 *
 * Expected fields (text may also arrive as numbers from a sheet): id (optional), title,
 * activityType, start, end, venue, desa, kecamatan, unit, picName, picPhone, picEmail,
 * leaders (array or comma/semicolon/newline-separated text), invitationNumber and
 * invitationDate (both or neither), documents (Drive links; array or text), guests (array or
 * one per line), notes.
 *
 * Times: a Date, ISO 8601 with an offset ("2026-03-02T08:00:00+07:00", "…Z"), or a wall time
 * in Asia/Jakarta: "2026-03-02 08:00" or "2026-03-02T08:00" (seconds optional).
 */
import { TZDate } from '@date-fns/tz';
import * as z from 'zod/mini';
import { UserError } from '../errors';
import { isDriveLink, splitLinks } from '../text/links';
import { DEFAULT_TIME_ZONE, isoDateIn } from '../time/format';
import type { AgendaItem } from './item';

export interface AgendaSettings {
  readonly leaders: readonly string[];
  readonly activityTypes: readonly string[];
}

export interface FieldProblem {
  /** The raw field name, for highlighting it in the form. */
  readonly field: string;
  readonly message: string;
}

/** A UserError (same name, so toUserMessage shows it) that also lists the fields. */
export class AgendaRequestError extends UserError {
  readonly problems: readonly FieldProblem[];

  constructor(problems: readonly FieldProblem[]) {
    super(problems.map((p) => p.message).join('; '), problems[0]?.field);
    this.problems = problems;
  }
}

const email = z.email();

/** 08…, +628…, 628… or a landline 0xx…: 8–15 digits after removing spaces, dots, dashes, brackets. */
const PHONE = /^(\+62|62|0)\d{7,13}$/;

const WALL_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const validDay = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Epoch ms, or NaN when `value` is not a time in one of the accepted forms. */
export function parseAgendaTime(value: unknown, timeZone = DEFAULT_TIME_ZONE): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== 'string') return Number.NaN;
  const m = WALL_TIME.exec(value.trim());
  if (!m) return Number.NaN;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Number((m[7] ?? '').padEnd(3, '0'));
  if (!validDay(y, mo, d) || h > 23 || mi > 59 || s > 59) return Number.NaN;
  const zone = m[8];
  if (zone === undefined) return new TZDate(y, mo - 1, d, h, mi, s, ms, timeZone).getTime();
  const utc = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  if (zone.toUpperCase() === 'Z') return utc;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return utc - sign * offset * 60_000;
}

const isBlank = (v: unknown) => v === undefined || v === null || v === '';

/**
 * Validates a request form. Returns the item in status DIAJUKAN, or throws AgendaRequestError
 * (a UserError) naming every invalid field.
 */
export function readAgendaRequest(raw: unknown, settings: AgendaSettings): AgendaItem {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new UserError('Formulir pengajuan agenda kosong atau tidak terbaca.');
  }
  const form = raw as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const fail = (field: string, message: string) => problems.push({ field, message });

  /** Trimmed text; a number becomes text; anything else is reported. */
  const textOf = (field: string, label: string, required: boolean): string => {
    const v = form[field];
    if (isBlank(v)) {
      if (required) fail(field, `${label} wajib diisi`);
      return '';
    }
    if (typeof v !== 'string' && typeof v !== 'number') {
      fail(field, `${label} harus berupa teks`);
      return '';
    }
    const s = String(v).trim();
    if (s === '' && required) fail(field, `${label} wajib diisi`);
    return s;
  };
  /** A list from an array of text or from text split by `separator`. */
  const listOf = (field: string, label: string, separator: RegExp): string[] => {
    const v = form[field];
    if (isBlank(v)) return [];
    const parts = Array.isArray(v) ? v : typeof v === 'string' ? v.split(separator) : null;
    if (parts === null || parts.some((p) => typeof p !== 'string')) {
      fail(field, `${label} harus berupa daftar teks`);
      return [];
    }
    return (parts as string[]).map((p) => p.trim()).filter((p) => p !== '');
  };
  const pick = (list: readonly string[], word: string) =>
    list.find((x) => x.trim().toLowerCase() === word.toLowerCase());

  const title = textOf('title', 'Judul', true);

  const typeWord = textOf('activityType', 'Jenis kegiatan', true);
  const activityType = typeWord === '' ? '' : pick(settings.activityTypes, typeWord);
  if (activityType === undefined) {
    fail('activityType', `Jenis kegiatan "${typeWord}" tidak ada dalam daftar`);
  }

  const time = (field: string, label: string): number => {
    const v = form[field];
    if (isBlank(v)) {
      fail(field, `${label} wajib diisi`);
      return Number.NaN;
    }
    const t = parseAgendaTime(v);
    if (!Number.isFinite(t)) {
      fail(field, `${label} tidak valid; tulis seperti 2026-03-02 08:00 (WIB)`);
    }
    return t;
  };
  const start = time('start', 'Waktu mulai');
  const end = time('end', 'Waktu selesai');
  if (Number.isFinite(start) && Number.isFinite(end) && end <= start) {
    fail('end', 'Waktu selesai harus setelah waktu mulai');
  }

  const venue = textOf('venue', 'Tempat', true);
  const desa = textOf('desa', 'Desa/kelurahan', true);
  const kecamatan = textOf('kecamatan', 'Kecamatan', true);
  const unit = textOf('unit', 'Unit penyelenggara', true);

  const picName = textOf('picName', 'Nama penanggung jawab', true);
  const phoneText = textOf('picPhone', 'Nomor telepon penanggung jawab', true);
  const phone = phoneText.replace(/[\s.\-()]/g, '');
  if (phoneText !== '' && !PHONE.test(phone)) {
    fail('picPhone', `Nomor telepon "${phoneText}" tidak valid; tulis seperti 0812-3456-7890`);
  }
  const picEmail = textOf('picEmail', 'Email penanggung jawab', true).toLowerCase();
  if (picEmail !== '' && !email.safeParse(picEmail).success) {
    fail('picEmail', `Email "${picEmail}" tidak valid`);
  }

  const leaders: string[] = [];
  const leaderWords = listOf('leaders', 'Pimpinan', /[,;\n]/);
  if (leaderWords.length === 0 && !problems.some((p) => p.field === 'leaders')) {
    fail('leaders', 'Pimpinan yang terlibat wajib dipilih');
  }
  for (const word of leaderWords) {
    const leader = pick(settings.leaders, word);
    if (leader === undefined) fail('leaders', `Pimpinan "${word}" tidak ada dalam daftar`);
    else if (!leaders.includes(leader)) leaders.push(leader);
  }

  const invitationNumber = textOf('invitationNumber', 'Nomor surat undangan', false);
  let invitationDate = '';
  const dateValue = form.invitationDate;
  if (dateValue instanceof Date && Number.isFinite(dateValue.getTime())) {
    invitationDate = isoDateIn(dateValue);
  } else {
    invitationDate = textOf('invitationDate', 'Tanggal surat undangan', false);
    const m = DATE_ONLY.exec(invitationDate);
    if (invitationDate !== '' && (!m || !validDay(Number(m[1]), Number(m[2]), Number(m[3])))) {
      fail(
        'invitationDate',
        `Tanggal surat undangan "${invitationDate}" tidak valid; tulis seperti 2026-03-02`,
      );
    }
  }
  if (invitationNumber !== '' && invitationDate === '') {
    fail('invitationDate', 'Tanggal surat undangan wajib diisi bila nomor surat diisi');
  }
  if (
    invitationNumber === '' &&
    invitationDate !== '' &&
    !problems.some((p) => p.field === 'invitationNumber')
  ) {
    fail('invitationNumber', 'Nomor surat undangan wajib diisi bila tanggal surat diisi');
  }

  const documentsValue = form.documents;
  const documents =
    typeof documentsValue === 'string'
      ? splitLinks(documentsValue)
      : listOf('documents', 'Dokumen pendukung', /[\s,]+/);
  for (const link of documents) {
    if (!isDriveLink(link)) {
      fail('documents', `Tautan dokumen "${link}" bukan tautan Google Drive`);
    }
  }

  const guests = listOf('guests', 'Tamu undangan', /\n/);
  const notes = textOf('notes', 'Catatan', false);
  const id = textOf('id', 'ID', false);

  if (problems.length > 0) throw new AgendaRequestError(problems);
  return {
    id,
    title,
    activityType: activityType ?? '',
    start,
    end,
    location: { venue, desa, kecamatan },
    unit,
    pic: { name: picName, phone, email: picEmail },
    leaders,
    invitation: invitationNumber === '' ? null : { number: invitationNumber, date: invitationDate },
    documents,
    guests,
    notes,
    status: 'DIAJUKAN',
  };
}
