/**
 * The workspace status every face shows first: who you are here, whether the data
 * spreadsheet and the scheduled jobs are in place, and the date in WIB. Read-only.
 */
import { ROLES } from '../core/access/roles';
import { findUser, readUsers } from '../core/access/users';
import { USERS_TABLE } from '../core/data/tables';
import { TRIGGER_SPECS } from '../core/jobs/schedule';
import { formatDateTime } from '../core/time/format';
import type { Ports, SheetSummary } from '../ports';
import { locateDataBook, unreachableMessage } from './data-book';

export interface WorkspaceStatus {
  readonly now: string;
  readonly user: {
    readonly email: string;
    readonly name: string;
    readonly unit: string;
    readonly roles: readonly string[];
    readonly isAdmin: boolean;
    readonly registered: boolean;
  };
  readonly data:
    | { readonly state: 'absent' }
    | { readonly state: 'unreachable'; readonly message: string }
    | {
        readonly state: 'ready';
        readonly name: string;
        readonly url: string;
        readonly sheets: readonly SheetSummary[];
      };
  readonly jobs: readonly {
    readonly handler: string;
    readonly label: string;
    readonly installed: boolean;
  }[];
  /** Problems an admin should fix in the Pengguna sheet, with their row and column. */
  readonly userTableProblems: readonly string[];
}

export function workspaceStatus(ports: Ports): WorkspaceStatus {
  const email = ports.identity.currentUserEmail();
  const state = locateDataBook(ports);
  const installed = new Set(ports.triggers.list().map((t) => t.handler));
  const jobs = TRIGGER_SPECS.map((s) => ({
    handler: s.handler,
    label: s.label,
    installed: installed.has(s.handler),
  }));
  const base = { now: formatDateTime(ports.clock.now()), jobs };
  const anonymous = { email, name: '', unit: '', roles: [], isAdmin: false, registered: false };
  if (state.kind === 'absent')
    return { ...base, user: anonymous, data: { state: 'absent' }, userTableProblems: [] };
  if (state.kind === 'unreachable') {
    return {
      ...base,
      user: anonymous,
      data: { state: 'unreachable', message: unreachableMessage(state.id) },
      userTableProblems: [],
    };
  }
  const { book } = state;
  const { header, rows } = book.read(USERS_TABLE.name);
  const { users, problems } = readUsers(header, rows);
  const me = findUser(users, email);
  return {
    ...base,
    user: me
      ? {
          email,
          name: me.name,
          unit: me.unit,
          roles: me.roles.map((r) => ROLES[r]),
          isAdmin: me.roles.includes('ADMIN'),
          registered: true,
        }
      : anonymous,
    data: { state: 'ready', name: book.name, url: book.url, sheets: book.summaries() },
    userTableProblems: problems.map(
      (p) => `${USERS_TABLE.name} baris ${p.row}, kolom ${p.column}: ${p.message}`,
    ),
  };
}
