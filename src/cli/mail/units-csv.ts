/**
 * The --units file of `daily import`: the work units (unit kerja) reports come from, as a CSV
 * exported from a spreadsheet.
 *
 *   Kode,Nama,Alias,Email Kepala,Anggota
 *   DISKOMINFO,Dinas Komunikasi dan Informatika,"Kominfo;Dinkominfo",kadis@kominfo.go.id,"a@x.go.id;b@x.go.id"
 *
 * Header names are case-insensitive and may come in any order; Kode and Nama are required, the
 * other columns optional. Alias and Anggota hold several values separated by ";". Fields may be
 * quoted ("…", with "" for a quote, line breaks allowed). The separator is a comma, or the
 * semicolon or tab a spreadsheet in Indonesian locale writes when the header has no comma. UTF-8
 * (with or without BOM); a file that is not valid UTF-8 is read as windows-1252 (Excel's "CSV").
 * Blank lines are skipped. Any problem is a UserError naming the line and the column.
 */
import type { DailyUnit } from '../../core/daily/config';
import { UserError } from '../../core/errors';
import { repairC1 } from './charset';

type Column = 'code' | 'name' | 'aliases' | 'headEmail' | 'members';

const COLUMNS: Readonly<Record<string, Column>> = {
  kode: 'code',
  nama: 'name',
  alias: 'aliases',
  'email kepala': 'headEmail',
  anggota: 'members',
};
const HEADER_NAMES = 'Kode, Nama, Alias, Email Kepala, Anggota';

const EMAIL = /^[^\s@;,<>"]+@[^\s@;,<>"]+\.[^\s@;,<>"]+$/;

const fail = (message: string) => new UserError(`--units: ${message}`, 'units');

/** Bytes → text: UTF-8 when valid, else windows-1252. The BOM is dropped. */
export function decodeCsv(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = repairC1(new TextDecoder('windows-1252').decode(bytes));
  }
  return text.replace(/^\uFEFF/, '');
}

export interface CsvRow {
  /** 1-based line where the row starts. */
  readonly line: number;
  readonly fields: readonly string[];
}

/** RFC 4180 rows; throws a UserError for a stray or unterminated quote. */
export function parseCsv(text: string, separator: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let fieldStarted = false;
  const endRow = () => {
    fields.push(field);
    if (!fields.every((f) => f.trim() === '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          const next = text[i + 1];
          if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
            throw fail(`baris ${line}: ada teks sesudah tanda petik penutup.`);
          }
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (fieldStarted && field.trim() !== '') {
        throw fail(
          `baris ${line}: tanda petik (") di tengah kolom; apit seluruh kolom dengan petik.`,
        );
      }
      field = '';
      quoted = true;
      quoteLine = line;
      fieldStarted = true;
    } else if (c === separator) {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted) throw fail(`baris ${quoteLine}: tanda petik (") dibuka tetapi tidak ditutup.`);
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}

function separatorOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  if (header.includes(',')) return ',';
  if (header.includes(';')) return ';';
  if (header.includes('\t')) return '\t';
  return ',';
}

const list = (value: string): string[] =>
  value
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** The units of a CSV file's bytes, or a UserError. */
export function readUnitsCsv(bytes: Buffer): DailyUnit[] {
  if (bytes.includes(0)) throw fail('berkas biner, bukan CSV.');
  const text = decodeCsv(bytes);
  if (text.trim() === '') throw fail('berkas kosong.');
  const rows = parseCsv(text, separatorOf(text));
  const [header, ...body] = rows;
  if (header === undefined) throw fail('berkas kosong.');

  const columns: (Column | null)[] = [];
  for (const raw of header.fields) {
    const name = raw.trim().replace(/\s+/g, ' ').toLowerCase();
    const column = COLUMNS[name];
    if (column === undefined) {
      throw fail(
        `baris 1: kolom "${raw.trim()}" tidak dikenal; kolom yang dikenal: ${HEADER_NAMES}.`,
      );
    }
    if (columns.includes(column)) throw fail(`baris 1: kolom "${raw.trim()}" muncul dua kali.`);
    columns.push(column);
  }
  for (const required of ['code', 'name'] as const) {
    if (!columns.includes(required)) {
      throw fail(
        `baris 1: kolom "${required === 'code' ? 'Kode' : 'Nama'}" wajib ada (${HEADER_NAMES}).`,
      );
    }
  }
  if (body.length === 0) throw fail('tidak ada unit; isi minimal satu baris di bawah header.');

  const units: DailyUnit[] = [];
  const codes = new Map<string, number>();
  for (const row of body) {
    if (row.fields.length !== columns.length) {
      throw fail(
        `baris ${row.line}: ada ${row.fields.length} kolom, header punya ${columns.length}; kolom berisi koma harus diapit petik (").`,
      );
    }
    const cell = (column: Column) => (row.fields[columns.indexOf(column)] ?? '').trim();
    const code = cell('code');
    const name = cell('name');
    if (code === '') throw fail(`baris ${row.line}: kolom Kode kosong.`);
    if (name === '') throw fail(`baris ${row.line}: kolom Nama kosong.`);
    const seen = codes.get(code.toLowerCase());
    if (seen !== undefined) {
      throw fail(`baris ${row.line}: Kode "${code}" sudah dipakai di baris ${seen}.`);
    }
    codes.set(code.toLowerCase(), row.line);
    const headEmail = cell('headEmail').toLowerCase();
    if (headEmail !== '' && !EMAIL.test(headEmail)) {
      throw fail(`baris ${row.line}: Email Kepala "${cell('headEmail')}" bukan alamat email.`);
    }
    const members = list(cell('members')).map((m) => m.toLowerCase());
    const badMember = members.find((m) => !EMAIL.test(m));
    if (badMember !== undefined) {
      throw fail(
        `baris ${row.line}: Anggota "${badMember}" bukan alamat email (pisahkan alamat dengan ";").`,
      );
    }
    units.push({
      code,
      name,
      aliases: list(cell('aliases')),
      ...(headEmail !== '' ? { headEmail } : {}),
      ...(members.length > 0 ? { members } : {}),
    });
  }
  return units;
}
