/**
 * The agenda as an iCalendar file (RFC 5545), for calendars outside Google Workspace and as a
 * portable backup. One VEVENT per record, refused and cancelled ones included with
 * STATUS:CANCELLED, so a client that imported the file before drops them on the next import
 * (the UID is stable: `<item id>@<domain>`).
 *
 * Times are written in UTC ('Z'), which needs no VTIMEZONE block; X-WR-TIMEZONE tells
 * clients to show them in WIB. Text values are escaped (backslash, semicolon, comma,
 * newline) and every content line is folded at 75 octets of UTF-8 without splitting a
 * character, as the RFC requires; lines end with CRLF.
 */
import { UserError } from '../errors';
import type { AgendaItem } from './item';
import type { AgendaRecord } from './record';
import type { AgendaStatus } from './status';

export interface AgendaIcsOptions {
  /** Shown by clients as the calendar's name (X-WR-CALNAME). */
  readonly calendarName: string;
  /** Right-hand part of every UID, e.g. "protocloud.kab.go.id". */
  readonly domain: string;
  /** DTSTAMP: when the file was made. */
  readonly now: Date;
  /** The location line as the conventions format it. */
  locationOf(item: AgendaItem): string;
  /** The event title as the conventions format it (e.g. "[RAPAT] … — Dinas …"). */
  titleOf(item: AgendaItem): string;
}

export const ICS_PRODID = '-//PROTOCLOUD//SPBE Workspace//ID';

const ICS_STATUS: Record<AgendaStatus, 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE'> = {
  DIAJUKAN: 'TENTATIVE',
  DIVERIFIKASI: 'TENTATIVE',
  DIJADWALKAN: 'TENTATIVE',
  DIKONFIRMASI: 'CONFIRMED',
  DIPUBLIKASIKAN: 'CONFIRMED',
  DITOLAK: 'CANCELLED',
  DIBATALKAN: 'CANCELLED',
  DIWAKILKAN: 'CONFIRMED',
  DITUNDA: 'TENTATIVE',
};

/**
 * A TEXT value (RFC 5545 §3.3.11). Control characters other than tab are not allowed in a
 * content line, so they are dropped rather than passed on to break a client's parser.
 */
export function escapeIcsText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}

const utf8Length = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds one content line (RFC 5545 §3.1): no physical line longer than 75 octets, each
 * continuation starting with a space (which counts). Splits between code points only, so a
 * multi-byte character (an emoji's surrogate pair included) stays whole.
 */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** 20260302T010000Z. */
const utc = (ms: number): string => {
  const at = new Date(ms);
  if (!Number.isFinite(at.getTime())) throw new RangeError(`Waktu tidak valid: ${ms}`);
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
};

function description(item: AgendaItem): string {
  const pic = [item.pic.name, item.pic.phone, item.pic.email]
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const parts = [
    `Penyelenggara: ${item.unit}`,
    pic.length > 0 ? `Penanggung jawab: ${pic.join(', ')}` : '',
    `Pimpinan: ${item.leaders.join(', ')}`,
    item.delegate ? `Diwakili oleh: ${item.delegate}` : '',
    `Status: ${item.status}`,
    item.reason ? `Alasan: ${item.reason}` : '',
    item.invitation
      ? `Surat undangan: ${item.invitation.number} tanggal ${item.invitation.date}`
      : '',
    item.guests.length > 0 ? `Tamu: ${item.guests.join(', ')}` : '',
    item.documents.length > 0 ? ['Dokumen:', ...item.documents].join('\n') : '',
    item.notes.trim() ? `Catatan: ${item.notes.trim()}` : '',
  ];
  return parts.filter((p) => p !== '').join('\n');
}

/** The whole calendar file, CRLF line endings, ending with a CRLF. */
export function agendaIcs(records: readonly AgendaRecord[], options: AgendaIcsOptions): string {
  const domain = options.domain.trim();
  if (domain === '') throw new UserError('Domain untuk UID kalender wajib diisi.', 'domain');
  const stamp = utc(options.now.getTime());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(options.calendarName)}`,
    'X-WR-TIMEZONE:Asia/Jakarta',
  ];
  for (const { item, updatedAt } of records) {
    if (item.id.trim() === '') {
      throw new UserError(
        `Agenda "${item.title}" belum tersimpan (tanpa id) dan tidak dapat diekspor.`,
      );
    }
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(`${item.id.trim()}@${domain}`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utc(item.start)}`,
      `DTEND:${utc(item.end)}`,
      `SUMMARY:${escapeIcsText(options.titleOf(item))}`,
      `LOCATION:${escapeIcsText(options.locationOf(item))}`,
      `DESCRIPTION:${escapeIcsText(description(item))}`,
      `STATUS:${ICS_STATUS[item.status]}`,
      `CATEGORIES:${escapeIcsText(item.activityType)}`,
      `X-PROTOCLOUD-STATUS:${item.status}`,
    );
    // Lets a client that imported an older copy tell which version is newer.
    if (Number.isFinite(updatedAt) && updatedAt > 0) lines.push(`LAST-MODIFIED:${utc(updatedAt)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
