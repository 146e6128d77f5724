/**
 * The agenda's time-driven jobs. Hourly: pick up direct calendar edits, re-check clashes,
 * and send what is due — reminders by the rules, SLA escalations, clash escalations and
 * open checklists the day before. Nightly: a full calendar sync and clash scan, the backup
 * of the register (a sheet and an .ics file in Drive) and the KPI sheet.
 *
 * Idempotent: every notification has a key, logged in AgendaNotifikasi with the send; a
 * logged key is never sent again, so a job run twice (or overlapping a retry) sends nothing
 * twice. Sends stop at a time budget, well inside Apps Script's 6-minute limit, and the rest
 * goes out on the next run.
 */
import { agendaIcs } from '../../core/agenda/ics-export';
import { computeAgendaKpis } from '../../core/agenda/kpi';
import { agendaKpiSheet, KPI_SHEET } from '../../core/agenda/kpi-sheet';
import type { NotificationRecord } from '../../core/agenda/notification';
import { planNotifications } from '../../core/agenda/notify-plan';
import { recheckAll } from '../../core/agenda/recheck';
import type { AgendaRecord } from '../../core/agenda/record';
import { AGENDA_TABLE, recordRow } from '../../core/agenda/register';
import {
  formatLocation,
  formatTitle,
  remindersFor,
  toClashRules,
} from '../../core/agenda/settings';
import { isTransient, toUserMessage } from '../../core/errors';
import { isoDateIn } from '../../core/time/format';
import type { Ports } from '../../ports';
import { runLoggedJob } from '../jobs';
import { type AgendaContext, loadAgendaContext } from './context';
import { AGENDA_CALENDAR_KEY, AGENDA_CALENDAR_NAME } from './mirror';
import { mirrorChangedRecords, syncAgendaCalendar } from './sync';

const HOUR_MS = 3_600_000;
/** Sending stops after this long; Apps Script ends an execution at 6 minutes. */
const SEND_BUDGET_MS = 4 * 60_000;

export const BACKUP_SHEET = 'AgendaCadangan';
export const BACKUP_FOLDERS = ['SPBE Workspace', 'PROTOCLOUD', 'Cadangan'] as const;

/** Sends what is due and logs each sent key; returns how many went out. */
export function sendDueNotifications(ctx: AgendaContext, started: number): number {
  const { ports } = ctx;
  const sent = new Set(ctx.store.notifications().map((n) => n.key));
  const due = planNotifications({
    records: ctx.store.records(),
    conventions: ctx.conventions,
    calendar: ctx.calendar,
    people: ctx.people,
    now: ctx.now.getTime(),
    lookaheadMs: HOUR_MS,
    sent,
  });
  const done: NotificationRecord[] = [];
  try {
    for (const n of due) {
      if (ports.clock.now().getTime() - started > SEND_BUDGET_MS) break;
      try {
        ports.mail.send({ to: n.recipients, subject: n.subject, body: n.body });
      } catch (error) {
        // A passing failure is retried by the next run; anything else (quota) ends this one.
        if (isTransient(error)) {
          ports.log.error(`Notifikasi ${n.key} belum terkirim`, error);
          continue;
        }
        throw error;
      }
      done.push({
        key: n.key,
        agendaId: n.agendaId,
        kind: n.kind,
        dueAt: n.dueAt,
        sentAt: ports.clock.now().getTime(),
        recipients: n.recipients,
        note: n.subject,
      });
    }
  } finally {
    // Whatever went out is logged, even when a later send failed.
    ctx.store.logNotifications(done);
  }
  return done.length;
}

const configured = (ports: Ports) => Boolean(ports.settings.get(AGENDA_CALENDAR_KEY));

export function hourlyAgenda(ports: Ports): string {
  return runLoggedJob(ports, 'Agenda per jam', () =>
    ports.lock.run(() => {
      if (!configured(ports)) return 'Dilewati: kalender agenda belum dibuat';
      const started = ports.clock.now().getTime();
      const ctx = loadAgendaContext(ports);
      // Calendar edits first: a register change is carried out only where it is the newer.
      const synced = syncAgendaCalendar(ctx);
      mirrorChangedRecords(ctx);
      const rechecked = recheckAll(ctx.store.records(), toClashRules(ctx.conventions), started);
      ctx.store.save(rechecked);
      const sent = sendDueNotifications(ctx, started);
      return `${synced} agenda diperbarui dari kalender, ${rechecked.length} status bentrok berubah, ${sent} notifikasi terkirim`;
    }),
  );
}

/** The due times the reminder job works to, for the KPI "notification compliance". */
const reminderDueTimes = (ctx: AgendaContext) => (record: AgendaRecord) =>
  remindersFor(ctx.conventions, record.item.activityType).map(
    (rule) => record.item.start - rule.minutesBefore * 60_000,
  );

function backup(ctx: AgendaContext): string {
  const records = ctx.store.records();
  const stamp = ctx.now;
  ctx.book.replace(
    BACKUP_SHEET,
    [...AGENDA_TABLE.headers, 'Dicadangkan'],
    records.map((r) => [...recordRow(r), stamp]),
  );
  const domain = ctx.actor.email.split('@')[1] || 'protocloud.local';
  const ics = agendaIcs(records, {
    calendarName: AGENDA_CALENDAR_NAME,
    domain,
    now: stamp,
    locationOf: (item) => formatLocation(ctx.conventions, item.location),
    titleOf: (item) => formatTitle(ctx.conventions, item),
  });
  return ctx.ports.files.save(
    BACKUP_FOLDERS,
    `agenda-${isoDateIn(stamp)}.ics`,
    'text/calendar',
    ics,
  );
}

function writeKpis(ctx: AgendaContext): void {
  const kpis = computeAgendaKpis(
    ctx.store.records(),
    ctx.store.notifications(),
    ctx.calendar,
    ctx.now,
    { reminderDueTimes: reminderDueTimes(ctx) },
  );
  const { values, decoration } = agendaKpiSheet(kpis, KPI_SHEET);
  ctx.book.writeBlock(KPI_SHEET, values);
  ctx.book.decorate(decoration);
}

export function nightlyAgenda(ports: Ports): string {
  return runLoggedJob(ports, 'Agenda malam', () =>
    ports.lock.run(() => {
      if (!configured(ports)) return 'Dilewati: kalender agenda belum dibuat';
      const ctx = loadAgendaContext(ports);
      const synced = syncAgendaCalendar(ctx, true);
      mirrorChangedRecords(ctx);
      const rechecked = recheckAll(
        ctx.store.records(),
        toClashRules(ctx.conventions),
        ctx.now.getTime(),
      );
      ctx.store.save(rechecked);
      const notes = [`${synced} agenda diselaraskan`, `${rechecked.length} status bentrok berubah`];
      // The backup file and the KPI sheet are independent: one failing must not stop the other.
      try {
        notes.push(`cadangan .ics: ${backup(ctx)}`);
      } catch (error) {
        ports.log.error('Cadangan agenda gagal', error);
        notes.push(`cadangan gagal: ${toUserMessage(error).message}`);
      }
      writeKpis(ctx);
      notes.push('KPI diperbarui');
      return notes.join('; ');
    }),
  );
}
