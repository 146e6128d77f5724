/**
 * Who may do what on a calendar, per the ACL model of the Calendar API: the strongest role
 * among the rules that match the user (their own address, a group they are in, their domain,
 * or `default` = everyone) wins; the calendar's creator is always owner.
 */
import type { AclRuleRecord, CalendarRecord, Role } from './types';

export const ROLES: readonly Role[] = ['freeBusyReader', 'reader', 'writer', 'owner'];

export function rank(role: Role | 'none'): number {
  return role === 'none' ? 0 : ROLES.indexOf(role) + 1;
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

export function ruleMatches(
  rule: AclRuleRecord,
  user: string,
  groupsOf: (user: string) => Set<string>,
): boolean {
  const value = rule.scope.value?.toLowerCase();
  switch (rule.scope.type) {
    case 'default':
      return true;
    case 'user':
      return value === user.toLowerCase();
    case 'domain':
      return value === domainOf(user);
    case 'group':
      return value !== undefined && groupsOf(user).has(value);
  }
}

export function roleOf(
  calendar: CalendarRecord,
  user: string,
  groupsOf: (user: string) => Set<string>,
): Role | 'none' {
  if (calendar.owner.toLowerCase() === user.toLowerCase()) return 'owner';
  let best: Role | 'none' = 'none';
  for (const rule of calendar.acl) {
    if (ruleMatches(rule, user, groupsOf) && rank(rule.role) > rank(best)) best = rule.role;
  }
  return best;
}

/** Whether a calendar appears in the user's calendar list: own, or shared to them by name. */
export function isListedFor(
  calendar: CalendarRecord,
  user: string,
  groupsOf: (user: string) => Set<string>,
): boolean {
  if (calendar.owner.toLowerCase() === user.toLowerCase()) return true;
  return calendar.acl.some(
    (rule) =>
      (rule.scope.type === 'user' || rule.scope.type === 'group') &&
      ruleMatches(rule, user, groupsOf),
  );
}
