/**
 * The agenda workflow as the cards drive it: submitting a request, moving an item through
 * its statuses, ticking the pre-event checklist. Each runs under the script lock, checks the
 * user's right on the server (never trusting the card), writes the calendar first and the
 * register after (a sync re-links an event whose register write failed), and appends to the
 * status history.
 */
import { blocksFor } from '../../core/agenda/blocks';
import type { AgendaItem } from '../../core/agenda/item';
import { recheckAll } from '../../core/agenda/recheck';
import type { AgendaRecord } from '../../core/agenda/record';
import { AgendaRequestError, readAgendaRequest } from '../../core/agenda/request';
import {
  checklistFor,
  missingMetadata,
  requestSettingsOf,
  toClashRules,
} from '../../core/agenda/settings';
import {
  type AgendaStatus,
  type AuditEntry,
  type TransitionInput,
  transition,
} from '../../core/agenda/status';
import { UserError } from '../../core/errors';
import { isoDateIn } from '../../core/time/format';
import type { Ports } from '../../ports';
import { type AgendaContext, loadAgendaContext } from './context';
import { mirrorToCalendar } from './mirror';

/** Saves `changed` and re-checks every item's clashes against it, saving those that moved. */
export function saveWithRecheck(ctx: AgendaContext, changed: readonly AgendaRecord[]): void {
  const byId = new Map(changed.map((r) => [r.item.id, r] as const));
  const all = [
    ...ctx.store.records().map((r) => byId.get(r.item.id) ?? r),
    ...changed.filter((r) => !ctx.store.find(r.item.id)),
  ];
  const rechecked = recheckAll(all, toClashRules(ctx.conventions), ctx.now.getTime());
  for (const r of rechecked) byId.set(r.item.id, r);
  ctx.store.save([...byId.values()]);
}

/** Whether the user has write access to the shared calendar (see setup's sharing policy). */
export const writesCalendar = (ctx: AgendaContext): boolean =>
  ctx.actor.roles.some((r) => r === 'OPERATOR_PROTOKOL' || r === 'KOORDINATOR_PROTOKOL');

function nextId(ctx: AgendaContext): string {
  const prefix = `AG-${isoDateIn(ctx.now).replace(/-/g, '')}-`;
  const used = ctx.store.ids();
  let n = 1;
  while (used.has(`${prefix}${String(n).padStart(3, '0')}`)) n += 1;
  return `${prefix}${String(n).padStart(3, '0')}`;
}

function requireRegistered(ctx: AgendaContext): void {
  if (ctx.actor.email === '') {
    throw new UserError(
      'Alamat email Anda tidak terbaca. Masuk dengan akun Google Workspace instansi.',
    );
  }
  if (!ctx.users.some((u) => u.email === ctx.actor.email)) {
    throw new UserError(
      `Akun ${ctx.actor.email} belum terdaftar di tabel Pengguna. Minta Admin Sistem mendaftarkan Anda.`,
    );
  }
}

/** Metadata the conventions demand before `to`, as one Indonesian message per field. */
function requireMetadata(ctx: AgendaContext, item: AgendaItem, to: AgendaStatus): void {
  const missing = missingMetadata(ctx.conventions, item, to);
  if (missing.length > 0) {
    throw new AgendaRequestError(
      missing.map((m) => ({
        field: m.field,
        message: `${m.label} wajib dilengkapi sebelum status ${to}`,
      })),
    );
  }
}

const newAudit = (ctx: AgendaContext, status: AgendaStatus, note: string): AuditEntry => ({
  at: ctx.now,
  who: ctx.actor.email,
  from: status,
  to: status,
  note,
});

/** A new request (pengajuan agenda) from any registered user; returns the saved record. */
export function submitRequest(ports: Ports, raw: unknown): AgendaRecord {
  return ports.lock.run(() => {
    const ctx = loadAgendaContext(ports);
    requireRegistered(ctx);
    const item = readAgendaRequest(raw, requestSettingsOf(ctx.conventions));
    requireMetadata(ctx, item, 'DIAJUKAN');
    const now = ctx.now.getTime();
    const record: AgendaRecord = {
      item: { ...item, id: nextId(ctx) },
      eventId: '',
      requestedBy: ctx.actor.email,
      requestedAt: now,
      statusSince: now,
      reached: { DIAJUKAN: now },
      clashes: [],
      firstClashAt: 0,
      clashResolvedAt: 0,
      checklist: checklistFor(ctx.conventions, item.activityType).map((text) => ({
        item: text,
        done: false,
        by: '',
        at: 0,
      })),
      updatedAt: now,
    };
    saveWithRecheck(ctx, [record]);
    ctx.store.appendHistory([
      { id: record.item.id, entry: newAudit(ctx, 'DIAJUKAN', 'Agenda diajukan') },
    ]);
    return ctx.store.find(record.item.id) ?? record;
  });
}

function findRecord(ctx: AgendaContext, id: string): AgendaRecord {
  const record = ctx.store.find(id);
  if (!record) throw new UserError(`Agenda ${id} tidak ditemukan di register.`);
  return record;
}

/** Moves an item to `to` for the signed-in user; returns the saved record. */
export function changeStatus(
  ports: Ports,
  id: string,
  to: AgendaStatus,
  input: TransitionInput,
): AgendaRecord {
  return ports.lock.run(() => {
    const ctx = loadAgendaContext(ports);
    const record = findRecord(ctx, id);
    const { item, audit } = transition(record.item, to, ctx.actor, input, ctx.now, {
      leaders: ctx.conventions.leaders.map((l) => l.name),
    });
    requireMetadata(ctx, item, to);
    if (to === 'DIJADWALKAN' || to === 'DITUNDA') {
      const { hard } = blocksFor(item, ctx.conventions, ctx.calendar);
      if (hard.length > 0) throw new UserError(`Agenda tidak dapat dijadwalkan: ${hard.join(' ')}`);
    }
    const now = ctx.now.getTime();
    const moved: AgendaRecord = {
      ...record,
      item,
      statusSince: now,
      reached: { ...record.reached, [to]: record.reached[to] ?? now },
      updatedAt: now,
    };
    // Only protocol staff may write the shared calendar; a leader's or an aide's decision is
    // carried to it by the hourly job, which runs as the calendar's owner.
    const saved = writesCalendar(ctx) ? mirrorToCalendar(ports, moved, ctx.conventions) : moved;
    saveWithRecheck(ctx, [saved]);
    ctx.store.appendHistory([{ id, entry: audit }]);
    return ctx.store.find(id) ?? saved;
  });
}

/** Ticks or clears a checklist line; protocol staff and the item's person in charge may. */
export function markChecklist(ports: Ports, id: string, line: string, done: boolean): AgendaRecord {
  return ports.lock.run(() => {
    const ctx = loadAgendaContext(ports);
    const record = findRecord(ctx, id);
    if (!writesCalendar(ctx) && ctx.actor.email !== record.item.pic.email) {
      throw new UserError(
        'Ceklis pra-acara hanya dapat diubah oleh tim protokol atau penanggung jawab agenda.',
      );
    }
    if (!record.checklist.some((m) => m.item === line)) {
      throw new UserError(`Butir ceklis "${line}" tidak ada pada agenda ini.`);
    }
    const now = ctx.now.getTime();
    const next: AgendaRecord = {
      ...record,
      checklist: record.checklist.map((m) =>
        m.item === line ? { item: line, done, by: ctx.actor.email, at: now } : m,
      ),
      updatedAt: now,
    };
    ctx.store.save([next]);
    ctx.store.appendHistory([
      {
        id,
        entry: newAudit(
          ctx,
          record.item.status,
          `Ceklis "${line}" ${done ? 'selesai' : 'dibuka lagi'}`,
        ),
      },
    ]);
    return next;
  });
}
