/**
 * An agenda item as the register (the Agenda table of the data spreadsheet) keeps it: the item
 * itself plus what the workflow needs to remember about it — its calendar event, when each
 * status was first reached (for SLAs and KPIs), its clash history and its checklist.
 */
import type { AgendaItem } from './item';
import type { AgendaStatus } from './status';

export interface ChecklistMark {
  /** The checklist item's text, as configured for the activity type. */
  readonly item: string;
  readonly done: boolean;
  /** Who ticked it and when (epoch ms); '' / 0 when never ticked. */
  readonly by: string;
  readonly at: number;
}

export interface AgendaRecord {
  readonly item: AgendaItem;
  /** The event on the shared calendar; '' until the item is scheduled. */
  readonly eventId: string;
  /** Who submitted the request and when (epoch ms). */
  readonly requestedBy: string;
  readonly requestedAt: number;
  /** When the item last entered its current status (epoch ms): the SLA clock starts here. */
  readonly statusSince: number;
  /** When each status was first reached (epoch ms). DIAJUKAN = requestedAt. */
  readonly reached: Readonly<Partial<Record<AgendaStatus, number>>>;
  /** Clash messages from the latest check; empty = no clash now. */
  readonly clashes: readonly string[];
  /** When a clash was first found (0 = never had one). */
  readonly firstClashAt: number;
  /** When the latest check found no clash after there had been one (0 = not resolved). */
  readonly clashResolvedAt: number;
  readonly checklist: readonly ChecklistMark[];
  /** Last change of the record (epoch ms). */
  readonly updatedAt: number;
}
