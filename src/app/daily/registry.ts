/**
 * What Admin Sistem has to act on in LENTERA's registries: cells of the Pegawai sheet that
 * break the account standard (naming, personal or foreign domains, …) and technical problems
 * (MasalahTeknis) open too long. The Gmail homepage shows them to the admin; the KPI sheet
 * counts them.
 *
 * Decisions:
 * - The official domain is the domain of the active Admin Sistem accounts in Pengguna (the
 *   instansi's Workspace domain; subdomains count too), or the signed-in user's when no
 *   admin is registered yet.
 * - A technical problem is overdue when it has been open more than OVERDUE_PROBLEM_HOURS
 *   working hours (two working days): long enough to try the fix, short enough that an
 *   escalation is still timely.
 */

import {
  type OverdueProblem,
  openProblems,
  overdue,
  readProblemLog,
  type TechnicalProblem,
} from '../../core/daily/problems-log';
import { domainOf } from '../../core/daily/response';
import { readStaff, type StaffMember } from '../../core/daily/staff';
import { STAFF_TABLE, TECH_PROBLEMS_TABLE } from '../../core/daily/tables';
import { describeSheetProblem } from '../../core/data/sheet-rows';
import type { Ports } from '../../ports';
import type { DailyContext } from './context';

export const OVERDUE_PROBLEM_HOURS = 16;

export interface AdminRegistry {
  readonly staff: readonly StaffMember[];
  /** Sentences naming the Pegawai cell to fix. */
  readonly staffProblems: readonly string[];
  readonly open: readonly TechnicalProblem[];
  readonly overdue: readonly OverdueProblem[];
}

/** The instansi's official domains (see the top of the file). */
export function officialDomains(ports: Pick<Ports, 'identity'>, ctx: DailyContext): string[] {
  const admins = ctx.users.filter((u) => u.roles.includes('ADMIN')).map((u) => domainOf(u.email));
  const domains = [...new Set(admins.filter((d) => d !== ''))];
  return domains.length > 0 ? domains : [domainOf(ports.identity.currentUserEmail())];
}

export function readAdminRegistry(
  ports: Pick<Ports, 'identity'>,
  ctx: DailyContext,
): AdminRegistry {
  const timeZone = ctx.config.timeZone;
  const staffTable = ctx.read(STAFF_TABLE.name);
  const staff = readStaff(staffTable.header, staffTable.rows, {
    domain: officialDomains(ports, ctx),
    units: ctx.config.units,
    timeZone,
  });
  const log = ctx.read(TECH_PROBLEMS_TABLE.name);
  const { entries } = readProblemLog(log.header, log.rows, timeZone);
  return {
    staff: staff.staff,
    staffProblems: staff.problems.map(describeSheetProblem),
    open: openProblems(entries),
    overdue: overdue(entries, ctx.calendar(), ctx.now, OVERDUE_PROBLEM_HOURS),
  };
}
