/**
 * What the Gmail homepage shows Admin Sistem about LENTERA's registries: Pegawai cells that
 * break the account standard and technical problems open too long (see ./registry). Nobody
 * else sees it, and nothing is read for them.
 */
import { PROBLEM_STATUS_LABELS } from '../../core/daily/problems-log';
import type { Ports } from '../../ports';
import { locateDataBook } from '../data-book';
import { currentUser } from '../users';
import { dailyContextOf } from './context';
import { OVERDUE_PROBLEM_HOURS, readAdminRegistry } from './registry';

export interface OverdueNotice {
  readonly id: string;
  readonly problem: string;
  readonly staff: string;
  readonly status: string;
  /** Whole working hours it has been open. */
  readonly hours: number;
}

export interface AdminNotices {
  readonly staffProblems: readonly string[];
  readonly overdue: readonly OverdueNotice[];
  readonly overdueAfterHours: number;
}

/** null for everyone but an Admin Sistem, and before setup. */
export function adminNotices(ports: Ports): AdminNotices | null {
  const state = locateDataBook(ports);
  if (state.kind !== 'ready') return null;
  // The role first: everyone else opens the homepage without reading the registries.
  if (!currentUser(ports, state.book)?.roles.includes('ADMIN')) return null;
  const registry = readAdminRegistry(ports, dailyContextOf(ports, state.book));
  return {
    staffProblems: registry.staffProblems,
    overdue: registry.overdue.map(({ entry, workingHours }) => ({
      id: entry.id,
      problem: entry.problem,
      staff: entry.staff,
      status: PROBLEM_STATUS_LABELS[entry.status],
      hours: Math.floor(workingHours),
    })),
    overdueAfterHours: OVERDUE_PROBLEM_HOURS,
  };
}
