/**
 * The agenda's tables in the data spreadsheet: the register (one row per item, the system's
 * record of metadata, status and workflow times), the append-only status history, and the
 * log of notifications sent. Rows are converted here in both directions so the sheet layout
 * is defined in one place; user text is made sheet-safe on the way in.
 */
import type { TableDef } from '../data/tables';
import { sheetText } from '../text/sheet-safe';
import { isoDateIn } from '../time/format';
import type { AgendaItem } from './item';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationRecord } from './notification';
import type { AgendaRecord, ChecklistMark } from './record';
import { type AuditEntry, isAgendaStatus } from './status';

export const AGENDA_TABLE: TableDef = {
  name: 'Agenda',
  description: 'Register agenda pimpinan (PROTOCLOUD): satu baris per agenda',
  headers: [
    'ID',
    'ID Acara Kalender',
    'Status',
    'Judul',
    'Jenis',
    'Mulai',
    'Selesai',
    'Tempat',
    'Desa/Kelurahan',
    'Kecamatan',
    'Unit Penyelenggara',
    'Penanggung Jawab',
    'Telepon',
    'Email Penanggung Jawab',
    'Pimpinan',
    'Diwakili Oleh',
    'Nomor Surat',
    'Tanggal Surat',
    'Dokumen',
    'Tamu',
    'Catatan',
    'Alasan',
    'Diajukan Oleh',
    'Diajukan',
    'Status Sejak',
    'Tahapan',
    'Bentrok',
    'Bentrok Pertama',
    'Bentrok Selesai',
    'Ceklis',
    'Diperbarui',
  ],
};

export const AGENDA_HISTORY_TABLE: TableDef = {
  name: 'AgendaRiwayat',
  description: 'Riwayat status agenda (hanya ditambah, tidak pernah diubah)',
  headers: ['Waktu', 'Pengguna', 'ID Agenda', 'Dari', 'Ke', 'Catatan'],
};

export const AGENDA_NOTIFICATIONS_TABLE: TableDef = {
  name: 'AgendaNotifikasi',
  description: 'Pengingat dan eskalasi yang sudah dikirim (satu kali per kunci)',
  headers: ['Kunci', 'ID Agenda', 'Jenis', 'Jatuh Tempo', 'Dikirim', 'Penerima', 'Keterangan'],
};

const LIST = '\n';
const safe = sheetText;
const safeList = (items: readonly string[]) => sheetText(items.join(LIST));

/** Sheets hands back Date objects (from another realm in Apps Script: no instanceof). */
export function cellTime(cell: unknown): number {
  if (typeof cell === 'number') return cell;
  if (cell !== null && typeof cell === 'object' && typeof (cell as Date).getTime === 'function') {
    return (cell as Date).getTime();
  }
  if (typeof cell === 'string' && cell.trim() !== '') return Date.parse(cell);
  return 0;
}

const cellText = (cell: unknown): string =>
  cell === undefined || cell === null ? '' : String(cell).trim();
const cellList = (cell: unknown): string[] =>
  cellText(cell)
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** A time cell: a Date for the sheet to show, '' for none. */
const timeCell = (ms: number): Date | '' => (ms > 0 ? new Date(ms) : '');

function parseJson<T>(cell: unknown, fallback: T): T {
  const text = cellText(cell);
  if (text === '') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function recordRow(record: AgendaRecord): unknown[] {
  const { item } = record;
  return [
    safe(item.id),
    safe(record.eventId),
    item.status,
    safe(item.title),
    safe(item.activityType),
    new Date(item.start),
    new Date(item.end),
    safe(item.location.venue),
    safe(item.location.desa),
    safe(item.location.kecamatan),
    safe(item.unit),
    safe(item.pic.name),
    // Kept as text: a phone number would otherwise lose its leading 0.
    safe(item.pic.phone),
    safe(item.pic.email),
    safeList(item.leaders),
    safe(item.delegate ?? ''),
    safe(item.invitation?.number ?? ''),
    safe(item.invitation?.date ?? ''),
    safeList(item.documents),
    safeList(item.guests),
    safe(item.notes),
    safe(item.reason ?? ''),
    safe(record.requestedBy),
    timeCell(record.requestedAt),
    timeCell(record.statusSince),
    JSON.stringify(record.reached),
    safeList(record.clashes),
    timeCell(record.firstClashAt),
    timeCell(record.clashResolvedAt),
    JSON.stringify(record.checklist),
    timeCell(record.updatedAt),
  ];
}

/** Column index by header name, so an admin who reorders columns breaks nothing. */
export function columnsOf(header: readonly unknown[]): (name: string) => number {
  const index = new Map(header.map((h, i) => [cellText(h).toLowerCase(), i] as const));
  return (name) => index.get(name.toLowerCase()) ?? -1;
}

/** The record in a register row; null for a blank row or one without an id or status. */
export function recordFromRow(
  row: readonly unknown[],
  col: (name: string) => number,
): AgendaRecord | null {
  const at = (name: string) => {
    const i = col(name);
    return i < 0 ? '' : row[i];
  };
  const id = cellText(at('ID'));
  const status = cellText(at('Status'));
  if (id === '' || !isAgendaStatus(status)) return null;
  const invNo = cellText(at('Nomor Surat'));
  const invDate = at('Tanggal Surat');
  const reason = cellText(at('Alasan'));
  const delegate = cellText(at('Diwakili Oleh'));
  const item: AgendaItem = {
    id,
    title: cellText(at('Judul')),
    activityType: cellText(at('Jenis')),
    start: cellTime(at('Mulai')),
    end: cellTime(at('Selesai')),
    location: {
      venue: cellText(at('Tempat')),
      desa: cellText(at('Desa/Kelurahan')),
      kecamatan: cellText(at('Kecamatan')),
    },
    unit: cellText(at('Unit Penyelenggara')),
    pic: {
      name: cellText(at('Penanggung Jawab')),
      phone: cellText(at('Telepon')),
      email: cellText(at('Email Penanggung Jawab')).toLowerCase(),
    },
    leaders: cellList(at('Pimpinan')),
    invitation:
      invNo === ''
        ? null
        : {
            number: invNo,
            date:
              // Sheets may have turned the typed date into a date cell (midnight WIB).
              typeof invDate === 'string' ? invDate.trim() : isoDateIn(new Date(cellTime(invDate))),
          },
    documents: cellList(at('Dokumen')),
    guests: cellList(at('Tamu')),
    notes: cellText(at('Catatan')),
    status,
    ...(reason === '' ? {} : { reason }),
    ...(delegate === '' ? {} : { delegate }),
  };
  return {
    item,
    eventId: cellText(at('ID Acara Kalender')),
    requestedBy: cellText(at('Diajukan Oleh')),
    requestedAt: cellTime(at('Diajukan')),
    statusSince: cellTime(at('Status Sejak')),
    reached: parseJson<AgendaRecord['reached']>(at('Tahapan'), {}),
    clashes: cellList(at('Bentrok')),
    firstClashAt: cellTime(at('Bentrok Pertama')),
    clashResolvedAt: cellTime(at('Bentrok Selesai')),
    checklist: parseJson<ChecklistMark[]>(at('Ceklis'), []),
    updatedAt: cellTime(at('Diperbarui')),
  };
}

export const historyRow = (id: string, entry: AuditEntry): unknown[] => [
  entry.at,
  safe(entry.who),
  safe(id),
  entry.from,
  entry.to,
  safe(entry.note),
];

export interface HistoryLine {
  readonly at: number;
  readonly who: string;
  readonly from: string;
  readonly to: string;
  readonly note: string;
}

/** The history of one item, oldest first. */
export function historyOf(rows: readonly (readonly unknown[])[], id: string): HistoryLine[] {
  return rows
    .filter((r) => cellText(r[2]) === id)
    .map((r) => ({
      at: cellTime(r[0]),
      who: cellText(r[1]),
      from: cellText(r[3]),
      to: cellText(r[4]),
      note: cellText(r[5]),
    }))
    .sort((a, b) => a.at - b.at);
}

export const notificationRow = (n: NotificationRecord): unknown[] => [
  safe(n.key),
  safe(n.agendaId),
  n.kind,
  timeCell(n.dueAt),
  timeCell(n.sentAt),
  safeList(n.recipients),
  safe(n.note),
];

export function notificationFromRow(row: readonly unknown[]): NotificationRecord | null {
  const key = cellText(row[0]);
  const kind = cellText(row[2]);
  if (key === '' || !(NOTIFICATION_KINDS as readonly string[]).includes(kind)) return null;
  return {
    key,
    agendaId: cellText(row[1]),
    kind: kind as NotificationKind,
    dueAt: cellTime(row[3]),
    sentAt: cellTime(row[4]),
    recipients: cellList(row[5]),
    note: cellText(row[6]),
  };
}
