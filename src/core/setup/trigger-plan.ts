/**
 * Which triggers to create and delete so that exactly one trigger exists per wanted handler.
 * Duplicates (left by an interrupted setup or a double click) and triggers of handlers the
 * project no longer has are removed: a stale trigger would keep failing every hour.
 */
import type { TriggerSpec } from '../jobs/schedule';

export interface InstalledTrigger {
  readonly id: string;
  readonly handler: string;
}

export interface TriggerPlan {
  readonly create: readonly TriggerSpec[];
  readonly remove: readonly InstalledTrigger[];
  readonly keep: readonly InstalledTrigger[];
}

export function planTriggers(
  installed: readonly InstalledTrigger[],
  wanted: readonly TriggerSpec[],
): TriggerPlan {
  const keep: InstalledTrigger[] = [];
  const remove: InstalledTrigger[] = [];
  const wantedHandlers = new Set(wanted.map((w) => w.handler));
  for (const trigger of installed) {
    const alreadyKept = keep.some((k) => k.handler === trigger.handler);
    if (wantedHandlers.has(trigger.handler) && !alreadyKept) keep.push(trigger);
    else remove.push(trigger);
  }
  const create = wanted.filter((w) => !keep.some((k) => k.handler === w.handler));
  return { create, remove, keep };
}
