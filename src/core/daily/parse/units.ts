/**
 * Which unit (OPD) a report belongs to: by the name written in the subject, matched against
 * the Unit table by name, code or alias, or else by the sender's address (unit head or a
 * member). Names are compared without case, spacing or punctuation, so "DISKOMINFO",
 * "Dis-Kominfo" and "diskominfo." are one name.
 */
import type { DailyConfig, DailyUnit } from '../config';
import { foldName } from './normalize';

// Written after a unit name by some ("Diskominfo Kab. Bangka"); the same for every unit, so
// the name is also compared without it.
const REGION_WORDS = new Set(['kabupaten', 'kab', 'kota', 'pemkab', 'pemkot']);
const REGION_TAIL = 3;

/** The keys under which a written unit name is looked up (empty when it has no letters). */
export function unitKeys(written: string): string[] {
  // "Informatika dan Statistik" = "Informatika & Statistik" = "Informatika, Statistik".
  const words = foldName(written)
    .split(' ')
    .filter((w) => w !== '' && w !== 'dan');
  if (words.length === 0) return [];
  const variants = [words];
  for (let i = words.length - 1; i >= 1 && i >= words.length - REGION_TAIL; i--) {
    if (REGION_WORDS.has(words[i] ?? '')) {
      variants.push(words.slice(0, i));
      break;
    }
  }
  const keys = new Set<string>();
  for (const variant of variants) {
    keys.add(variant.join(''));
    // Indonesian contracts "Dinas X" to "DisX" (Diskominfo, Disdukcapil): both spellings are
    // in daily use, so neither needs to be listed as an alias.
    if (variant[0] === 'dinas' && variant.length > 1) keys.add(`dis${variant.slice(1).join('')}`);
  }
  return [...keys];
}

interface UnitIndex {
  readonly byKey: ReadonlyMap<string, DailyUnit>;
  readonly byAddress: ReadonlyMap<string, readonly DailyUnit[]>;
}

// One index per units array: the ingestion parses a whole mailbox with the same config.
const indexes = new WeakMap<readonly DailyUnit[], UnitIndex>();

function indexOf(units: readonly DailyUnit[]): UnitIndex {
  const cached = indexes.get(units);
  if (cached) return cached;
  const byKey = new Map<string, DailyUnit>();
  const byAddress = new Map<string, DailyUnit[]>();
  for (const unit of units) {
    for (const written of [unit.name, unit.code, ...unit.aliases]) {
      // The first unit in table order keeps a shared key; checkDailyConfig reports the clash.
      for (const key of unitKeys(written)) if (!byKey.has(key)) byKey.set(key, unit);
    }
    const addresses = new Set(
      [unit.headEmail ?? '', ...(unit.members ?? [])].map((a) => a.trim().toLowerCase()),
    );
    for (const address of addresses) {
      if (address === '') continue;
      const list = byAddress.get(address);
      if (list) list.push(unit);
      else byAddress.set(address, [unit]);
    }
  }
  const index = { byKey, byAddress };
  indexes.set(units, index);
  return index;
}

/** The unit a written name refers to, or null. */
export function unitByName(written: string, config: DailyConfig): DailyUnit | null {
  const { byKey } = indexOf(config.units);
  for (const key of unitKeys(written)) {
    const unit = byKey.get(key);
    if (unit) return unit;
  }
  return null;
}

/** Every unit whose head or members include the address (lower case). */
export const unitsOfAddress = (address: string, config: DailyConfig): readonly DailyUnit[] =>
  indexOf(config.units).byAddress.get(address) ?? [];

const NOT_IN_ADDRESS = new Set([...'<>,;:"\'()[]']);
const isAddressChar = (c: string): boolean => !NOT_IN_ADDRESS.has(c) && c.trim() !== '';

/**
 * Every address in a header value such as `"Budi" <budi@bangka.go.id>, kadis@bangka.go.id`,
 * in lower case. A scan from each '@' rather than a regex: a megabyte without '@' or full of
 * them stays linear.
 */
export function addressesIn(text: string): string[] {
  const found: string[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', from)) {
    let start = at;
    while (start > from && isAddressChar(text.charAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && isAddressChar(text.charAt(end))) end++;
    const local = text.slice(start, at);
    let domainEnd = end;
    // A sentence may end right after an address; that full stop is not part of it.
    while (domainEnd > at + 1 && text.charAt(domainEnd - 1) === '.') domainEnd--;
    const domain = text.slice(at + 1, domainEnd);
    if (local !== '' && domain !== '' && !domain.includes('@')) {
      found.push(`${local}@${domain}`.toLowerCase());
    }
    from = end;
  }
  return found;
}

/** The sender's address in lower case; the display name is dropped. */
export function senderAddress(from: string): string {
  const addresses = addressesIn(from);
  // In `"budi@x" <budi@y>` the display name may itself look like an address; the real one
  // comes last, in angle brackets.
  return addresses[addresses.length - 1] ?? from.trim().toLowerCase();
}
