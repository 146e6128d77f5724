/**
 * What the hourly agenda job has to send now: reminders by the rules, SLA escalations,
 * clash escalations and the day-before checklist flag. Pure: the job passes the register,
 * the conventions, who holds the protocol roles and the keys already logged, and gets the
 * messages to send. Each message has a key; a key that is logged is never planned again,
 * so running the job twice sends nothing twice.
 */

import { isEmail } from '../data/cells';
import { formatDateTime, formatTime } from '../time/format';
import {
  addWorkingMinutes,
  calendarDateOf,
  previousWorkingDay,
  type WorkCalendar,
} from '../workdays';
import { instantOf, wallClockOf } from '../workdays/zone';
import type { AgendaConventions, Recipient } from './conventions';
import type { NotificationKind } from './notification';
import type { AgendaRecord } from './record';
import { remindersFor, slaHoursFor } from './settings';
import { isClosedStatus } from './status';

/** Addresses of the users holding the protocol roles (from the Pengguna table). */
export interface ProtocolPeople {
  readonly operators: readonly string[];
  readonly coordinators: readonly string[];
}

export interface PlannedNotification {
  readonly key: string;
  readonly agendaId: string;
  readonly kind: NotificationKind;
  readonly dueAt: number;
  readonly recipients: readonly string[];
  readonly subject: string;
  /** Plain text; the sender escapes it for HTML. */
  readonly body: string;
}

export interface PlanInput {
  readonly records: readonly AgendaRecord[];
  readonly conventions: AgendaConventions;
  readonly calendar: WorkCalendar;
  readonly people: ProtocolPeople;
  readonly now: number;
  /** Reminders due before the next run go out now: early rather than late. */
  readonly lookaheadMs: number;
  readonly sent: ReadonlySet<string>;
}

const CONFIRMED = new Set(['DIKONFIRMASI', 'DIPUBLIKASIKAN', 'DIWAKILKAN']);
/** Valid addresses, lower-cased, each once: guests may be names, cells may hold typos. */
const unique = (list: readonly string[]) => [
  ...new Set(list.map((s) => s.trim().toLowerCase()).filter(isEmail)),
];

/** Who attends: the delegate instead of the leaders when the item is represented. */
const attending = (record: AgendaRecord) =>
  record.item.delegate ? [record.item.delegate] : record.item.leaders;

export function recipientsOf(
  recipients: readonly Recipient[],
  record: AgendaRecord,
  conventions: AgendaConventions,
  people: ProtocolPeople,
): string[] {
  const names = new Set(attending(record).map((n) => n.toLowerCase()));
  const leaders = conventions.leaders.filter((l) => names.has(l.name.toLowerCase()));
  const out: string[] = [];
  for (const r of recipients) {
    if (typeof r !== 'string') out.push(r.email);
    else if (r === 'pimpinan') out.push(...leaders.map((l) => l.email));
    else if (r === 'ajudan') out.push(...leaders.flatMap((l) => l.aides));
    else if (r === 'penanggungJawab') out.push(record.item.pic.email);
    else if (r === 'operator') out.push(...people.operators);
    else if (r === 'koordinator') out.push(...people.coordinators);
    else out.push(...record.item.guests);
  }
  return unique(out);
}

function describe(record: AgendaRecord): string {
  const { item } = record;
  const lines = [
    `Kegiatan: ${item.title}`,
    `Waktu: ${formatDateTime(new Date(item.start))} s.d. ${formatTime(new Date(item.end))}`,
    `Tempat: ${[item.location.venue, item.location.desa, item.location.kecamatan].filter(Boolean).join(', ')}`,
    `Pimpinan: ${attending(record).join(', ')}`,
    `Penyelenggara: ${item.unit}`,
    `Penanggung jawab: ${item.pic.name} (${item.pic.phone})`,
    `Status: ${item.status}`,
  ];
  return lines.join('\n');
}

/** Stable short text of a clash set, so a changed set is escalated again and an unchanged one not. */
function fingerprint(messages: readonly string[]): string {
  let hash = 0;
  for (const ch of [...messages].sort().join('\n')) {
    hash = (Math.imul(hash, 31) + (ch.codePointAt(0) ?? 0)) | 0;
  }
  return (hash >>> 0).toString(36);
}

function minutesText(minutes: number): string {
  if (minutes === 0) return 'saat dimulai';
  if (minutes % 1440 === 0) return `${minutes / 1440} hari sebelum`;
  if (minutes % 60 === 0) return `${minutes / 60} jam sebelum`;
  return `${minutes} menit sebelum`;
}

export function planNotifications(input: PlanInput): PlannedNotification[] {
  const { conventions, calendar, people, now, sent } = input;
  const escalation = unique([...conventions.escalation, ...people.coordinators]);
  const planned: PlannedNotification[] = [];
  // Two rules can make the same key (a type's rule repeating a '*' rule): plan it once.
  const keys = new Set<string>();
  const add = (n: PlannedNotification) => {
    if (n.recipients.length === 0 || sent.has(n.key) || keys.has(n.key)) return;
    keys.add(n.key);
    planned.push(n);
  };

  for (const record of input.records) {
    const { item } = record;
    if (isClosedStatus(item.status) || item.end <= now) continue;

    if (CONFIRMED.has(item.status) && item.start > now) {
      for (const rule of remindersFor(conventions, item.activityType)) {
        const dueAt = item.start - rule.minutesBefore * 60_000;
        if (dueAt > now + input.lookaheadMs) continue;
        add({
          key: `PENGINGAT|${item.id}|${item.start}|${rule.minutesBefore}|${rule.recipients
            .map((r) => (typeof r === 'string' ? r : r.email))
            .join(',')}`,
          agendaId: item.id,
          kind: 'PENGINGAT',
          dueAt,
          recipients: recipientsOf(rule.recipients, record, conventions, people),
          subject: `[Pengingat Agenda] ${item.title} — ${formatDateTime(new Date(item.start))}`,
          body: `Pengingat ${minutesText(rule.minutesBefore)} kegiatan:\n\n${describe(record)}`,
        });
      }
    }

    const slaHours = slaHoursFor(conventions, item.status);
    if (slaHours !== null && record.statusSince > 0) {
      const dueAt = addWorkingMinutes(record.statusSince, slaHours * 60, calendar).getTime();
      if (dueAt <= now) {
        add({
          key: `SLA|${item.id}|${item.status}|${record.statusSince}`,
          agendaId: item.id,
          kind: 'SLA',
          dueAt,
          recipients: escalation,
          subject: `[Eskalasi SLA] ${item.title} melewati batas tahap ${item.status}`,
          body:
            `Agenda ini sudah berstatus ${item.status} sejak ${formatDateTime(new Date(record.statusSince))}, ` +
            `melewati batas ${slaHours} jam kerja (jatuh tempo ${formatDateTime(new Date(dueAt))}). ` +
            `Mohon segera ditindaklanjuti.\n\n${describe(record)}`,
        });
      }
    }

    if (record.clashes.length > 0) {
      add({
        key: `BENTROK|${item.id}|${fingerprint(record.clashes)}`,
        agendaId: item.id,
        kind: 'BENTROK',
        dueAt: now,
        recipients: unique([...escalation, ...people.operators]),
        subject: `[Bentrok Jadwal] ${item.title}`,
        body: `Agenda ini bentrok:\n- ${record.clashes.join('\n- ')}\n\n${describe(record)}`,
      });
    }

    const open = record.checklist.filter((m) => !m.done).map((m) => m.item);
    if (open.length > 0 && item.start > now) {
      const dueAt = checklistFlagTime(item.start, conventions.checklistFlagHour, calendar);
      if (dueAt <= now) {
        add({
          key: `CEKLIS|${item.id}|${item.start}`,
          agendaId: item.id,
          kind: 'CEKLIS',
          dueAt,
          recipients: unique([...people.operators, item.pic.email]),
          subject: `[Ceklis Belum Lengkap] ${item.title} — ${formatDateTime(new Date(item.start))}`,
          body: `Ceklis pra-acara yang belum selesai:\n- ${open.join('\n- ')}\n\n${describe(record)}`,
        });
      }
    }
  }
  return planned;
}

/**
 * The working day before the event at `hour` WIB: a Monday event is flagged on Friday. An
 * event on the same day it was created is flagged at once.
 */
export function checklistFlagTime(start: number, hour: number, calendar: WorkCalendar): number {
  const before = previousWorkingDay(calendarDateOf(start, calendar), calendar).getTime();
  const { day } = wallClockOf(before, calendar.timeZone);
  return instantOf(day, hour * 3_600_000, calendar.timeZone);
}
