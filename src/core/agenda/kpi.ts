/**
 * PROTOCLOUD KPIs from the agenda register and the notification log: how often items clash
 * and whether clashes are settled in time, how long the workflow takes in working hours, and
 * whether reminders go out on time. Figures are grouped by the month of the item's start (in
 * the calendar's zone, WIB by default) plus one overall group, so a month's row describes
 * the events of that month whenever their requests came in.
 *
 * Definitions (each ratio is null when its denominator is 0, never NaN):
 *
 * - Items: every record. DITOLAK and DIBATALKAN are counted separately and left out of the
 *   clash figures (a refused or cancelled item's clash needs no resolution).
 * - Clash rate: items (not refused/cancelled) with `firstClashAt > 0` ÷ those items.
 * - Clash resolved before the event: among the clashed items whose outcome is known, those
 *   with `clashResolvedAt > 0`, `clashResolvedAt <= item.start` and no clash in the latest
 *   check (`clashes` empty: a clash that came back after being resolved is not resolved).
 *   The outcome is known once the clash is resolved or the event has started (`start <=
 *   now`); a future item still clashing is "pending" and counted in neither part, so the
 *   current month is not marked down for clashes the team still has time to fix.
 * - Durations, in working hours (`workingMinutesBetween` / 60 on the given WorkCalendar):
 *   request → publication is `reached.DIPUBLIKASIKAN - requestedAt`; the stages use
 *   `reached` (DIAJUKAN falls back to `requestedAt`). A representation counts as the
 *   confirmation (see ./status), so the confirmation time is the earlier of
 *   `reached.DIKONFIRMASI` and `reached.DIWAKILKAN`. A duration is averaged only when both
 *   ends are known and in order. Every record counts, whatever its current status: an item
 *   published and later cancelled still went through the workflow.
 * - Notification compliance: reminders (kind PENGINGAT) of items that were published
 *   (status DIPUBLIKASIKAN or `reached.DIPUBLIKASIKAN` set) and are due (`dueAt <= now`).
 *   A logged reminder is on time when `sentAt <= dueAt`, late when sent after, missed when
 *   it has no send time (`sentAt` 0). When the caller passes `reminderDueTimes`, every due
 *   time it returns that no PENGINGAT log of the item carries (matched on the exact `dueAt`)
 *   counts as one missed reminder; without it only logged reminders are judged. For a
 *   cancelled item only reminders due before the cancellation (`reached.DIBATALKAN`) count.
 *   Logs of agenda ids not in `records` are ignored: they belong to no month.
 */
import { isoDateIn } from '../time/format';
import { type WorkCalendar, workingMinutesBetween } from '../workdays';
import type { NotificationRecord } from './notification';
import type { AgendaRecord } from './record';
import type { AgendaStatus } from './status';

/** The stages whose average duration is reported, in workflow order. */
export const KPI_STAGES = [
  'DIAJUKAN_DIVERIFIKASI',
  'DIVERIFIKASI_DIJADWALKAN',
  'DIJADWALKAN_DIKONFIRMASI',
  'DIKONFIRMASI_DIPUBLIKASIKAN',
] as const;
export type KpiStage = (typeof KPI_STAGES)[number];

export interface KpiAverage {
  /** How many durations were averaged. */
  readonly count: number;
  /** Mean working hours; null when count is 0. */
  readonly hours: number | null;
}

export interface ReminderCompliance {
  /** Due reminders judged: onTime + late + missed. */
  readonly due: number;
  readonly onTime: number;
  /** Logged, but sent after the due time. */
  readonly late: number;
  /** Expected (from `reminderDueTimes`) but never logged. */
  readonly missed: number;
  /** onTime ÷ due; null when nothing was due. */
  readonly rate: number | null;
}

export interface AgendaKpiGroup {
  /** 'YYYY-MM' of the items' start, or 'TOTAL' for the overall group. */
  readonly period: string;
  /** Every record of the period, refused and cancelled included. */
  readonly items: number;
  readonly rejected: number;
  readonly cancelled: number;
  /** items − rejected − cancelled: the base of the clash rate. */
  readonly active: number;
  readonly clashed: number;
  /** clashed ÷ active. */
  readonly clashRate: number | null;
  /** Clashed items still clashing whose event has not started: outcome not known yet. */
  readonly clashPending: number;
  /** Clashed items resolved before the event. */
  readonly clashResolved: number;
  /** clashResolved ÷ (clashed − clashPending). */
  readonly clashResolvedRate: number | null;
  /** Request → publication. */
  readonly requestToPublication: KpiAverage;
  readonly stages: Readonly<Record<KpiStage, KpiAverage>>;
  readonly reminders: ReminderCompliance;
}

export interface AgendaKpis {
  readonly computedAt: Date;
  readonly timeZone: string;
  /** Months that have at least one item, oldest first. */
  readonly months: readonly AgendaKpiGroup[];
  readonly total: AgendaKpiGroup;
}

export interface AgendaKpiOptions {
  /**
   * The due times (epoch ms) of the reminders the reminder job should have sent for this
   * record as it stands, computed the same way the job computes them (typically item.start −
   * minutesBefore of each matching rule of `AgendaConventions.reminders`). Return [] for
   * records the job does not remind. Duplicates count once: several logs (one per
   * recipient) may share a due time, and one of them is enough for the time not to be missed.
   */
  readonly reminderDueTimes?: (record: AgendaRecord) => readonly number[];
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

class Mean {
  count = 0;
  private sum = 0;
  add(value: number): void {
    this.count++;
    this.sum += value;
  }
  result(): KpiAverage {
    return { count: this.count, hours: this.count > 0 ? this.sum / this.count : null };
  }
}

/** Running totals of one group; records are added one at a time. */
class Tally {
  items = 0;
  rejected = 0;
  cancelled = 0;
  clashed = 0;
  clashPending = 0;
  clashResolved = 0;
  readonly requestToPublication = new Mean();
  readonly stages: Record<KpiStage, Mean> = {
    DIAJUKAN_DIVERIFIKASI: new Mean(),
    DIVERIFIKASI_DIJADWALKAN: new Mean(),
    DIJADWALKAN_DIKONFIRMASI: new Mean(),
    DIKONFIRMASI_DIPUBLIKASIKAN: new Mean(),
  };
  onTime = 0;
  late = 0;
  missed = 0;

  result(period: string): AgendaKpiGroup {
    const active = this.items - this.rejected - this.cancelled;
    const settled = this.clashed - this.clashPending;
    const due = this.onTime + this.late + this.missed;
    return {
      period,
      items: this.items,
      rejected: this.rejected,
      cancelled: this.cancelled,
      active,
      clashed: this.clashed,
      clashRate: ratio(this.clashed, active),
      clashPending: this.clashPending,
      clashResolved: this.clashResolved,
      clashResolvedRate: ratio(this.clashResolved, settled),
      requestToPublication: this.requestToPublication.result(),
      stages: {
        DIAJUKAN_DIVERIFIKASI: this.stages.DIAJUKAN_DIVERIFIKASI.result(),
        DIVERIFIKASI_DIJADWALKAN: this.stages.DIVERIFIKASI_DIJADWALKAN.result(),
        DIJADWALKAN_DIKONFIRMASI: this.stages.DIJADWALKAN_DIKONFIRMASI.result(),
        DIKONFIRMASI_DIPUBLIKASIKAN: this.stages.DIKONFIRMASI_DIPUBLIKASIKAN.result(),
      },
      reminders: {
        due,
        onTime: this.onTime,
        late: this.late,
        missed: this.missed,
        rate: ratio(this.onTime, due),
      },
    };
  }
}

/** A positive epoch ms, or undefined (0 and missing mean "never" in the register). */
const when = (ms: number | undefined): number | undefined =>
  ms !== undefined && Number.isFinite(ms) && ms > 0 ? ms : undefined;

const earliest = (...times: (number | undefined)[]): number | undefined => {
  const known = times.filter((t): t is number => t !== undefined);
  return known.length > 0 ? Math.min(...known) : undefined;
};

/** The instants a record's stages were reached, as the KPIs read them. */
function milestones(
  record: AgendaRecord,
): Record<'req' | 'ver' | 'sch' | 'conf' | 'pub', number | undefined> {
  const reached = (status: AgendaStatus) => when(record.reached[status]);
  return {
    req: reached('DIAJUKAN') ?? when(record.requestedAt),
    ver: reached('DIVERIFIKASI'),
    sch: reached('DIJADWALKAN'),
    conf: earliest(reached('DIKONFIRMASI'), reached('DIWAKILKAN')),
    pub: reached('DIPUBLIKASIKAN'),
  };
}

export function computeAgendaKpis(
  records: readonly AgendaRecord[],
  notifications: readonly NotificationRecord[],
  calendar: WorkCalendar,
  now: Date,
  options: AgendaKpiOptions = {},
): AgendaKpis {
  const nowMs = now.getTime();
  const timeZone = calendar.timeZone;
  const hoursBetween = (from: number | undefined, to: number | undefined, mean: Mean) => {
    if (from === undefined || to === undefined || to < from) return;
    mean.add(workingMinutesBetween(from, to, calendar) / 60);
  };

  const remindersOf = new Map<string, NotificationRecord[]>();
  for (const n of notifications) {
    if (n.kind !== 'PENGINGAT') continue;
    const list = remindersOf.get(n.agendaId);
    if (list) list.push(n);
    else remindersOf.set(n.agendaId, [n]);
  }

  const total = new Tally();
  const months = new Map<string, Tally>();
  for (const record of records) {
    const { item } = record;
    const period = isoDateIn(new Date(item.start), timeZone).slice(0, 7);
    let month = months.get(period);
    if (!month) {
      month = new Tally();
      months.set(period, month);
    }
    const tallies = [month, total];
    const each = (f: (t: Tally) => void) => {
      for (const t of tallies) f(t);
    };

    each((t) => t.items++);
    if (item.status === 'DITOLAK') each((t) => t.rejected++);
    else if (item.status === 'DIBATALKAN') each((t) => t.cancelled++);
    else if (when(record.firstClashAt) !== undefined) {
      const resolvedAt = when(record.clashResolvedAt);
      const resolved = resolvedAt !== undefined && record.clashes.length === 0;
      each((t) => t.clashed++);
      if (resolved && resolvedAt <= item.start) each((t) => t.clashResolved++);
      else if (!resolved && item.start > nowMs) each((t) => t.clashPending++);
    }

    const m = milestones(record);
    each((t) => {
      hoursBetween(when(record.requestedAt), m.pub, t.requestToPublication);
      hoursBetween(m.req, m.ver, t.stages.DIAJUKAN_DIVERIFIKASI);
      hoursBetween(m.ver, m.sch, t.stages.DIVERIFIKASI_DIJADWALKAN);
      hoursBetween(m.sch, m.conf, t.stages.DIJADWALKAN_DIKONFIRMASI);
      hoursBetween(m.conf, m.pub, t.stages.DIKONFIRMASI_DIPUBLIKASIKAN);
    });

    const published = item.status === 'DIPUBLIKASIKAN' || m.pub !== undefined;
    if (!published) continue;
    // Reminders stop when an item is cancelled; those due afterwards were rightly not sent.
    const cutoff =
      item.status === 'DIBATALKAN'
        ? Math.min(nowMs, when(record.reached.DIBATALKAN) ?? when(record.statusSince) ?? nowMs)
        : nowMs;
    const isDue = (dueAt: number) => Number.isFinite(dueAt) && dueAt <= cutoff;
    const logged = (remindersOf.get(item.id) ?? []).filter((n) => isDue(n.dueAt));
    const loggedDue = new Set(logged.map((n) => n.dueAt));
    const expected = new Set((options.reminderDueTimes?.(record) ?? []).filter(isDue));
    let missed = 0;
    for (const dueAt of expected) if (!loggedDue.has(dueAt)) missed++;
    const sent = logged.filter((n) => when(n.sentAt) !== undefined);
    const onTime = sent.filter((n) => n.sentAt <= n.dueAt).length;
    // A log without a send time records an attempt that never went out.
    missed += logged.length - sent.length;
    each((t) => {
      t.onTime += onTime;
      t.late += sent.length - onTime;
      t.missed += missed;
    });
  }

  return {
    computedAt: new Date(nowMs),
    timeZone,
    months: [...months.keys()].sort().map((period) => (months.get(period) as Tally).result(period)),
    total: total.result('TOTAL'),
  };
}
