/** The stored shape of the fake Calendar: plain JSON, so a snapshot is a copy of it. */
import type { JsonObject } from './plain';

export type Role = 'freeBusyReader' | 'reader' | 'writer' | 'owner';
export type ScopeType = 'default' | 'user' | 'group' | 'domain';

export interface AclRuleRecord {
  id: string;
  role: Role;
  scope: { type: ScopeType; value?: string };
  etag: string;
}

export interface CalendarRecord {
  id: string;
  summary: string;
  description?: string;
  location?: string;
  timeZone: string;
  /** The creator; always owner, whatever the ACL says. */
  owner: string;
  primary: boolean;
  acl: AclRuleRecord[];
  /** Bumped when sync tokens of this calendar stop being valid (ACL change, test API). */
  syncEpoch: number;
  etag: string;
}

/** One stored event: a master, a one-off event, or a modified/cancelled recurring instance. */
export interface EventRecord {
  calendarId: string;
  id: string;
  /** The API resource as stored (server fields included, start/end as given). */
  data: JsonObject;
  startMs: number;
  endMs: number;
  allDay: boolean;
  /** Zone recurrences expand in: the event's start.timeZone, else the calendar's. */
  zone: string;
  /** Workspace-wide change sequence of the last write: what sync tokens compare. */
  seq: number;
  createdMs: number;
  updatedMs: number;
}

export type InvitationKind = 'invitation' | 'update' | 'cancellation';

export interface InvitationRecord {
  calendarId: string;
  eventId: string;
  kind: InvitationKind;
  from: string;
  to: string;
  summary: string;
  sentMs: number;
}

export interface CalendarState {
  calendars: CalendarRecord[];
  events: EventRecord[];
  invitations: InvitationRecord[];
  changeSeq: number;
  groups: Record<string, string[]>;
  inserts: Record<string, { windowStartMs: number; count: number }>;
  dailyInsertLimit: number;
}
