/**
 * How to bring one sheet up to its table definition without losing data: create it when
 * missing, append missing header columns at the end, and leave every existing column
 * (including ones an admin added) where it is.
 */
import type { TableDef } from '../data/tables';

export type TablePlan =
  | { readonly action: 'create' }
  | { readonly action: 'append'; readonly headers: readonly string[]; readonly at: number }
  | { readonly action: 'none' };

const normalise = (header: string) => header.trim().toLowerCase();

/** `existingHeader` is the sheet's first row, or null when the sheet does not exist. */
export function planTable(def: TableDef, existingHeader: readonly string[] | null): TablePlan {
  if (existingHeader === null) return { action: 'create' };
  const present = new Set(existingHeader.map(normalise));
  const missing = def.headers.filter((h) => !present.has(normalise(h)));
  if (missing.length === 0) return { action: 'none' };
  let lastFilled = existingHeader.length;
  while (lastFilled > 0 && existingHeader[lastFilled - 1]?.trim() === '') lastFilled--;
  return { action: 'append', headers: missing, at: lastFilled + 1 };
}
