/**
 * `Calendar.Acl`: sharing rules of a calendar, owner only. Rule ids are `<type>:<value>` (or
 * `default`), as in the API; inserting a rule for a scope that already has one replaces its
 * role. Any change invalidates the calendar's sync tokens ("changes in related ACLs" is one of
 * the reasons the sync guide gives for a 410).
 */
import type { FakeKernel } from '../kernel';
import { ROLES } from './access';
import { badRequest, notFound } from './errors';
import { isObject, type JsonObject, str, toPlainObject } from './plain';
import type { CalendarStore } from './store';
import type { AclRuleRecord, CalendarRecord, Role, ScopeType } from './types';

const SCOPES: readonly ScopeType[] = ['default', 'user', 'group', 'domain'];

export class AclCollection {
  constructor(
    private readonly kernel: FakeKernel,
    private readonly store: CalendarStore,
  ) {}

  insert(resource: unknown, calendarId: unknown, _optionalArgs?: unknown): JsonObject {
    this.kernel.call('Calendar.Acl.insert');
    const method = 'acl.insert';
    const calendar = this.store.calendarFor(calendarId, method, 'owner');
    const data = toPlainObject(resource);
    const role = this.role(data.role, method);
    const scope = this.scope(data.scope, method);
    const id = scope.type === 'default' ? 'default' : `${scope.type}:${scope.value}`;
    const rule: AclRuleRecord = { id, role, scope, etag: `"${this.store.nextSeq()}"` };
    calendar.acl = [...calendar.acl.filter((r) => r.id !== id), rule];
    this.changed(calendar);
    return ruleResource(rule);
  }

  list(calendarId: unknown, _optionalArgs?: unknown): JsonObject {
    this.kernel.call('Calendar.Acl.list');
    const calendar = this.store.calendarFor(calendarId, 'acl.list', 'owner');
    return {
      kind: 'calendar#acl',
      etag: `"${calendar.syncEpoch}"`,
      items: calendar.acl.map(ruleResource),
    };
  }

  get(calendarId: unknown, ruleId: unknown): JsonObject {
    this.kernel.call('Calendar.Acl.get');
    const calendar = this.store.calendarFor(calendarId, 'acl.get', 'owner');
    return ruleResource(this.find(calendar, ruleId, 'acl.get'));
  }

  patch(resource: unknown, calendarId: unknown, ruleId: unknown): JsonObject {
    this.kernel.call('Calendar.Acl.patch');
    return this.change(resource, calendarId, ruleId, 'acl.patch');
  }

  update(resource: unknown, calendarId: unknown, ruleId: unknown): JsonObject {
    this.kernel.call('Calendar.Acl.update');
    return this.change(resource, calendarId, ruleId, 'acl.update');
  }

  remove(calendarId: unknown, ruleId: unknown): void {
    this.kernel.call('Calendar.Acl.remove');
    const method = 'acl.delete';
    const calendar = this.store.calendarFor(calendarId, method, 'owner');
    const rule = this.find(calendar, ruleId, method);
    calendar.acl = calendar.acl.filter((r) => r !== rule);
    this.changed(calendar);
  }

  private change(
    resource: unknown,
    calendarId: unknown,
    ruleId: unknown,
    method: string,
  ): JsonObject {
    const calendar = this.store.calendarFor(calendarId, method, 'owner');
    const rule = this.find(calendar, ruleId, method);
    const data = toPlainObject(resource);
    if (data.role !== undefined) rule.role = this.role(data.role, method);
    rule.etag = `"${this.store.nextSeq()}"`;
    this.changed(calendar);
    return ruleResource(rule);
  }

  private find(calendar: CalendarRecord, ruleId: unknown, method: string): AclRuleRecord {
    const rule = calendar.acl.find((r) => r.id === String(ruleId));
    if (!rule) throw notFound(this.kernel, method);
    return rule;
  }

  private role(value: unknown, method: string): Role {
    if (typeof value === 'string' && (ROLES as readonly string[]).includes(value))
      return value as Role;
    throw badRequest(this.kernel, method, `Invalid role: ${String(value)}`);
  }

  private scope(value: unknown, method: string): AclRuleRecord['scope'] {
    const scope = isObject(value) ? value : {};
    const type = str(scope.type) as ScopeType | undefined;
    if (!type || !SCOPES.includes(type)) {
      throw badRequest(this.kernel, method, `Invalid scope type: ${String(scope.type)}`);
    }
    if (type === 'default') return { type };
    const scopeValue = str(scope.value)?.toLowerCase();
    if (!scopeValue) throw badRequest(this.kernel, method, 'Missing scope value.');
    return { type, value: scopeValue };
  }

  private changed(calendar: CalendarRecord): void {
    calendar.syncEpoch += 1;
  }
}

function ruleResource(rule: AclRuleRecord): JsonObject {
  const scope: JsonObject = { type: rule.scope.type };
  if (rule.scope.value !== undefined) scope.value = rule.scope.value;
  return { kind: 'calendar#aclRule', etag: rule.etag, id: rule.id, role: rule.role, scope };
}
