/**
 * What the Calendar cards show, computed on the server for the signed-in user: the homepage
 * (today's and tomorrow's agenda per leader, the user's queue, open clashes, SLA breaches)
 * and one item (metadata, history, checklist, clashes, and exactly the actions allowed).
 */
import { blocksFor } from '../../core/agenda/blocks';
import type { AgendaRecord } from '../../core/agenda/record';
import type { HistoryLine } from '../../core/agenda/register';
import { slaHoursFor } from '../../core/agenda/settings';
import {
  type AgendaStatus,
  canTransition,
  isClosedStatus,
  type Requirement,
  TRANSITIONS,
} from '../../core/agenda/status';
import { isoDateIn } from '../../core/time/format';
import { addWorkingMinutes } from '../../core/workdays';
import type { AgendaContext } from './context';
import { writesCalendar } from './workflow';

export interface ActionChoice {
  readonly to: AgendaStatus;
  readonly requires?: Requirement;
}

export interface ItemView {
  readonly record: AgendaRecord;
  readonly history: readonly HistoryLine[];
  readonly actions: readonly ActionChoice[];
  /** Holidays / Friday prayer: 'keras' blocks listed apart from soft warnings. */
  readonly blocks: { readonly hard: readonly string[]; readonly soft: readonly string[] };
  /** SLA deadline of the current stage (epoch ms), null when the stage has none. */
  readonly slaDue: number | null;
  readonly canTick: boolean;
  /** Leaders who could represent (for the DIWAKILKAN form). */
  readonly otherLeaders: readonly string[];
}

export interface DayAgenda {
  readonly date: string;
  readonly leaders: readonly { readonly leader: string; readonly items: readonly AgendaRecord[] }[];
}

export interface HomeView {
  readonly days: readonly DayAgenda[];
  readonly queue: readonly AgendaRecord[];
  readonly clashes: readonly AgendaRecord[];
  readonly breaches: readonly { readonly record: AgendaRecord; readonly due: number }[];
  readonly problems: readonly string[];
  /** Whether the user may see the settings problems (admin or protocol coordinator). */
  readonly canSeeProblems: boolean;
  readonly leaders: readonly string[];
}

const FORWARD: ReadonlySet<AgendaStatus> = new Set([
  'DIVERIFIKASI',
  'DIJADWALKAN',
  'DIKONFIRMASI',
  'DIPUBLIKASIKAN',
]);

export function slaDueOf(ctx: AgendaContext, record: AgendaRecord): number | null {
  const hours = slaHoursFor(ctx.conventions, record.item.status);
  if (hours === null || record.statusSince === 0 || isClosedStatus(record.item.status)) return null;
  return addWorkingMinutes(record.statusSince, hours * 60, ctx.calendar).getTime();
}

export function itemView(ctx: AgendaContext, record: AgendaRecord): ItemView {
  const actions = TRANSITIONS.filter(
    (t) => t.from === record.item.status && canTransition(record.item, t.to, ctx.actor),
  ).map((t) => (t.requires ? { to: t.to, requires: t.requires } : { to: t.to }));
  const taken = new Set(record.item.leaders.map((l) => l.toLowerCase()));
  return {
    record,
    history: ctx.store.history(record.item.id),
    actions,
    blocks: blocksFor(record.item, ctx.conventions, ctx.calendar),
    slaDue: slaDueOf(ctx, record),
    canTick: writesCalendar(ctx) || ctx.actor.email === record.item.pic.email,
    otherLeaders: ctx.conventions.leaders
      .map((l) => l.name)
      .filter((name) => !taken.has(name.toLowerCase())),
  };
}

/** Items the user can move forward now: the work waiting for their role. */
const waitsForMe = (ctx: AgendaContext, r: AgendaRecord) =>
  TRANSITIONS.some(
    (t) => t.from === r.item.status && FORWARD.has(t.to) && canTransition(r.item, t.to, ctx.actor),
  );

export function homeView(ctx: AgendaContext): HomeView {
  const now = ctx.now.getTime();
  const records = ctx.store.records();
  const open = records.filter((r) => !isClosedStatus(r.item.status));
  const today = isoDateIn(ctx.now);
  const tomorrow = isoDateIn(new Date(now + 86_400_000));
  const names = ctx.conventions.leaders.map((l) => l.name);
  const byStart = (a: AgendaRecord, b: AgendaRecord) => a.item.start - b.item.start;
  const days = [today, tomorrow].map((date) => ({
    date,
    leaders: names.map((leader) => ({
      leader,
      items: open
        .filter((r) => isoDateIn(new Date(r.item.start)) === date)
        .filter((r) =>
          (r.item.delegate ? [r.item.delegate] : r.item.leaders).some(
            (l) => l.toLowerCase() === leader.toLowerCase(),
          ),
        )
        .sort(byStart),
    })),
  }));
  const breaches = open.flatMap((record) => {
    const due = slaDueOf(ctx, record);
    return due !== null && due <= now ? [{ record, due }] : [];
  });
  return {
    days,
    queue: open.filter((r) => waitsForMe(ctx, r)).sort(byStart),
    clashes: open.filter((r) => r.clashes.length > 0 && r.item.end > now).sort(byStart),
    breaches,
    problems: ctx.problems,
    canSeeProblems: ctx.actor.roles.some((r) => r === 'ADMIN' || r === 'KOORDINATOR_PROTOKOL'),
    leaders: names,
  };
}
