/**
 * The PROTOCLOUD agenda status machine. Every change of status goes through `transition`,
 * which checks the table below and returns the updated item together with one audit entry
 * for the caller to append to the (append-only) audit log; nothing here edits old entries.
 *
 * Who may do what (the "parties" are roles, plus AIDE: a user whose `isAideOf` names one of
 * the item's leaders, i.e. that leader's ajudan):
 *
 *   DIAJUKAN     → DIVERIFIKASI    operator, koordinator protokol (administrative check)
 *   DIVERIFIKASI → DIJADWALKAN     operator, koordinator (entered into the shared calendar)
 *   DIJADWALKAN  → DIKONFIRMASI    pimpinan, ajudan of one of the item's leaders, koordinator
 *   DIKONFIRMASI → DIPUBLIKASIKAN  operator, koordinator
 *   DIAJUKAN, DIVERIFIKASI → DITOLAK                       operator, koordinator; reason required
 *   any open status → DIBATALKAN                          koordinator, pimpinan, ajudan
 *   DIJADWALKAN, DIKONFIRMASI → DIWAKILKAN                pimpinan, ajudan, koordinator;
 *                                                         `delegate` required: another leader
 *   any open status → DITUNDA                             koordinator, pimpinan, ajudan;
 *                                                         newStart/newEnd required, end > start
 *
 * Decisions the issue left open:
 * - Publishing before confirmation is impossible because no row leads to DIPUBLIKASIKAN from
 *   anything but DIKONFIRMASI or DIWAKILKAN (a representation is decided by the leader, the
 *   aide or the coordinator, the same people who confirm, so it counts as confirmed).
 * - DITUNDA means "scheduled again at the new time, awaiting confirmation": it has the same
 *   exits as DIJADWALKAN (confirm, represent, cancel, postpone again). Postponing a request
 *   that was not verified yet therefore also schedules it; only coordinator, leader and aide
 *   can postpone, and they may schedule. Postponing drops a delegate (who agreed to the old
 *   time only) and a published item must be confirmed and published again.
 * - Closed (final) statuses: DITOLAK and DIBATALKAN. DIPUBLIKASIKAN is still open: a published
 *   event can be cancelled or postponed.
 * - PIMPINAN is any user with that role; the role is not tied to a particular leader's name.
 * - ADMIN (Admin Sistem) has no part in the workflow and may do nothing here: an admin who
 *   also runs the agenda is given the protocol role as well.
 * - A user with several roles may do what any of them allows.
 */
import type { Role } from '../access/roles';
import { UserError } from '../errors';
import { formatDateTime } from '../time/format';
import type { AgendaItem } from './item';

export const AGENDA_STATUSES = [
  'DIAJUKAN',
  'DIVERIFIKASI',
  'DIJADWALKAN',
  'DIKONFIRMASI',
  'DIPUBLIKASIKAN',
  'DITOLAK',
  'DIBATALKAN',
  'DIWAKILKAN',
  'DITUNDA',
] as const;

export type AgendaStatus = (typeof AGENDA_STATUSES)[number];

export const isAgendaStatus = (value: string): value is AgendaStatus =>
  (AGENDA_STATUSES as readonly string[]).includes(value);

export const CLOSED_STATUSES: readonly AgendaStatus[] = ['DITOLAK', 'DIBATALKAN'];

/** Statuses from which nothing moves on. */
export const isClosedStatus = (status: AgendaStatus): boolean => CLOSED_STATUSES.includes(status);

const OPEN_STATUSES: readonly AgendaStatus[] = AGENDA_STATUSES.filter((s) => !isClosedStatus(s));

/** Who may take a transition: a role, or AIDE (ajudan of one of the item's leaders). */
export type Party =
  | Extract<Role, 'OPERATOR_PROTOKOL' | 'KOORDINATOR_PROTOKOL' | 'PIMPINAN'>
  | 'AIDE';

export type Requirement = 'reason' | 'delegate' | 'newTime';

export interface Transition {
  readonly from: AgendaStatus;
  readonly to: AgendaStatus;
  readonly roles: readonly Party[];
  readonly requires?: Requirement;
}

const PROTOCOL: readonly Party[] = ['OPERATOR_PROTOKOL', 'KOORDINATOR_PROTOKOL'];
const DECIDERS: readonly Party[] = ['PIMPINAN', 'AIDE', 'KOORDINATOR_PROTOKOL'];

const rows = (
  from: readonly AgendaStatus[],
  to: AgendaStatus,
  roles: readonly Party[],
  requires?: Requirement,
): Transition[] =>
  from.map((f) => (requires ? { from: f, to, roles, requires } : { from: f, to, roles }));

export const TRANSITIONS: readonly Transition[] = [
  ...rows(['DIAJUKAN'], 'DIVERIFIKASI', PROTOCOL),
  ...rows(['DIVERIFIKASI'], 'DIJADWALKAN', PROTOCOL),
  ...rows(['DIJADWALKAN', 'DITUNDA'], 'DIKONFIRMASI', DECIDERS),
  ...rows(['DIKONFIRMASI', 'DIWAKILKAN'], 'DIPUBLIKASIKAN', PROTOCOL),
  ...rows(['DIAJUKAN', 'DIVERIFIKASI'], 'DITOLAK', PROTOCOL, 'reason'),
  ...rows(OPEN_STATUSES, 'DIBATALKAN', DECIDERS),
  ...rows(['DIJADWALKAN', 'DIKONFIRMASI', 'DITUNDA'], 'DIWAKILKAN', DECIDERS, 'delegate'),
  ...rows(OPEN_STATUSES, 'DITUNDA', DECIDERS, 'newTime'),
];

export interface AgendaActor {
  readonly email: string;
  readonly roles: readonly Role[];
  /** Leaders (as in the configured list) this user confirms for, as their aide. */
  readonly isAideOf?: readonly string[];
}

export interface TransitionInput {
  readonly note?: string;
  /** Required for DITOLAK. */
  readonly reason?: string;
  /** Required for DIWAKILKAN: the leader attending instead. */
  readonly delegate?: string;
  /** Required for DITUNDA. */
  readonly newStart?: Date;
  readonly newEnd?: Date;
}

export interface AuditEntry {
  readonly at: Date;
  /** The actor's email. */
  readonly who: string;
  readonly from: AgendaStatus;
  readonly to: AgendaStatus;
  /** The actor's note plus what the transition recorded (reason, delegate, new time). */
  readonly note: string;
}

export interface TransitionOptions {
  /** The configured leaders; when given, a delegate must be one of them. */
  readonly leaders?: readonly string[];
}

const PARTY_LABELS: Record<Party, string> = {
  OPERATOR_PROTOKOL: 'Operator Protokol',
  KOORDINATOR_PROTOKOL: 'Koordinator Protokol',
  PIMPINAN: 'Pimpinan',
  AIDE: 'ajudan pimpinan yang terlibat',
};

/** The rule for from → to, or undefined when there is none. */
export const findTransition = (from: AgendaStatus, to: AgendaStatus): Transition | undefined =>
  TRANSITIONS.find((t) => t.from === from && t.to === to);

/** The parties this actor counts as for this item. */
export function partiesOf(item: AgendaItem, actor: AgendaActor): Party[] {
  const parties: Party[] = [];
  for (const role of ['OPERATOR_PROTOKOL', 'KOORDINATOR_PROTOKOL', 'PIMPINAN'] as const) {
    if (actor.roles.includes(role)) parties.push(role);
  }
  const key = (s: string) => s.trim().toLowerCase();
  const aideOf = new Set((actor.isAideOf ?? []).map(key));
  if (item.leaders.some((l) => aideOf.has(key(l)))) parties.push('AIDE');
  return parties;
}

/** Whether `actor` may move `item` to `to` (ignoring the inputs the move requires). */
export function canTransition(item: AgendaItem, to: AgendaStatus, actor: AgendaActor): boolean {
  const rule = findTransition(item.status, to);
  if (!rule) return false;
  const parties = partiesOf(item, actor);
  return rule.roles.some((r) => parties.includes(r));
}

const text = (s: string | undefined) => (s ?? '').trim();

/**
 * Moves `item` to `to` for `actor` at `now`. Throws UserError (Indonesian) when the move does
 * not exist, the actor may not take it, or a required input is missing or invalid.
 */
export function transition(
  item: AgendaItem,
  to: AgendaStatus,
  actor: AgendaActor,
  input: TransitionInput,
  now: Date,
  options: TransitionOptions = {},
): { item: AgendaItem; audit: AuditEntry } {
  const from = item.status;
  const rule = findTransition(from, to);
  if (!rule) {
    const exits = TRANSITIONS.filter((t) => t.from === from).map((t) => t.to);
    throw new UserError(
      isClosedStatus(from)
        ? `Agenda berstatus ${from} sudah selesai dan statusnya tidak dapat diubah lagi.`
        : `Status agenda tidak dapat diubah dari ${from} ke ${to}; dari ${from} hanya bisa ke ${exits.join(', ')}.`,
      'status',
    );
  }
  if (!canTransition(item, to, actor)) {
    throw new UserError(
      `Anda tidak berwenang mengubah status agenda dari ${from} ke ${to}; yang berwenang: ${rule.roles
        .map((r) => PARTY_LABELS[r])
        .join(', ')}.`,
      'status',
    );
  }

  const details: string[] = [];
  let next: AgendaItem = { ...item, status: to };
  if (rule.requires === 'reason') {
    const reason = text(input.reason);
    if (reason === '') throw new UserError(`Alasan wajib diisi untuk status ${to}.`, 'reason');
    next = { ...next, reason };
    details.push(`Alasan: ${reason}`);
  } else if (rule.requires === 'delegate') {
    const wanted = text(input.delegate);
    if (wanted === '') {
      throw new UserError(
        'Pimpinan yang mewakili wajib diisi untuk status DIWAKILKAN.',
        'delegate',
      );
    }
    const known = options.leaders?.find((l) => l.trim().toLowerCase() === wanted.toLowerCase());
    if (options.leaders && known === undefined) {
      throw new UserError(`Pimpinan "${wanted}" tidak ada dalam daftar.`, 'delegate');
    }
    const delegate = known ?? wanted;
    if (item.leaders.some((l) => l.trim().toLowerCase() === delegate.toLowerCase())) {
      throw new UserError(
        `Pimpinan yang mewakili harus pimpinan lain, bukan "${delegate}" yang sudah terlibat dalam agenda ini.`,
        'delegate',
      );
    }
    next = { ...next, delegate };
    details.push(`Diwakili oleh: ${delegate}`);
  } else if (rule.requires === 'newTime') {
    const start = input.newStart?.getTime() ?? Number.NaN;
    const end = input.newEnd?.getTime() ?? Number.NaN;
    if (!Number.isFinite(start)) {
      throw new UserError('Waktu mulai yang baru wajib diisi untuk status DITUNDA.', 'newStart');
    }
    if (!Number.isFinite(end)) {
      throw new UserError('Waktu selesai yang baru wajib diisi untuk status DITUNDA.', 'newEnd');
    }
    if (end <= start) {
      throw new UserError('Waktu selesai yang baru harus setelah waktu mulai yang baru.', 'newEnd');
    }
    const { delegate: _dropped, ...rest } = next;
    next = { ...rest, start, end };
    details.push(
      `Waktu baru: ${formatDateTime(new Date(start))} s.d. ${formatDateTime(new Date(end))}`,
    );
  }

  const note = [text(input.note), ...details].filter((s) => s !== '').join('; ');
  return {
    item: next,
    audit: { at: new Date(now.getTime()), who: actor.email, from, to, note },
  };
}
