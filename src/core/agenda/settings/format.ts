/**
 * The calendar event's title and location, made from an item with the admins' formats, and
 * the title read back when someone renames the event directly in Google Calendar.
 */

import { fold } from '../../data/cells';
import type { AgendaConventions } from '../conventions';
import type { AgendaLocation } from '../item';
import { LOCATION_PLACEHOLDERS, TITLE_PLACEHOLDERS } from './keys';
import {
  fillTemplate,
  placeholdersOf,
  segmentsOf,
  templatePattern,
  withoutPlaceholder,
} from './template';

type TitleParts = { readonly title: string; readonly activityType: string; readonly unit: string };

const typeNamed = (c: AgendaConventions, name: string) =>
  c.activityTypes.find((t) => fold(t.name) === fold(name));
const typeCoded = (c: AgendaConventions, code: string) =>
  c.activityTypes.find((t) => fold(t.code) === fold(code));

/** The event title. {jenis} is the type's code (the name itself for an unknown type). */
export function formatTitle(c: AgendaConventions, item: TitleParts): string {
  return fillTemplate(segmentsOf(c.titleFormat, TITLE_PLACEHOLDERS), {
    jenis: typeNamed(c, item.activityType)?.code ?? item.activityType,
    kegiatan: item.title,
    penyelenggara: item.unit,
  });
}

/** The event location; parts left blank are dropped with their separator. */
export function formatLocation(
  c: AgendaConventions,
  loc: Pick<AgendaLocation, 'venue' | 'desa' | 'kecamatan'>,
): string {
  return fillTemplate(segmentsOf(c.locationFormat, LOCATION_PLACEHOLDERS), {
    tempat: loc.venue,
    desa: loc.desa,
    kecamatan: loc.kecamatan,
  });
}

// Longer summaries are pasted text, not titles: returned whole rather than pattern-matched.
const MAX_PARSED = 1000;

/**
 * Undoes formatTitle. Tolerates spacing and "-"/"–" for "—", a known code in any case (given
 * back in the list's spelling), and a removed {penyelenggara} part when the code is a known
 * one. Anything else not in the format is returned whole, trimmed, as the title. When the
 * title itself holds the separator, the unit is what follows the last one.
 */
export function parseTitle(
  c: AgendaConventions,
  summary: string,
): { title: string; activityCode?: string; unit?: string } {
  const text = typeof summary === 'string' ? summary.trim() : '';
  const whole = { title: text };
  const full = segmentsOf(c.titleFormat, TITLE_PLACEHOLDERS);
  if (text.length > MAX_PARSED || !placeholdersOf(full).includes('kegiatan')) return whole;

  const candidates = [{ segments: full, needsKnownCode: false }];
  if (placeholdersOf(full).includes('jenis') && placeholdersOf(full).includes('penyelenggara')) {
    // Without the unit only a known [CODE] shows the title was ours, not a chance bracket.
    candidates.push({ segments: withoutPlaceholder(full, 'penyelenggara'), needsKnownCode: true });
  }
  for (const { segments, needsKnownCode } of candidates) {
    const match = templatePattern(segments, 'kegiatan').exec(text);
    if (!match) continue;
    const parts = new Map(
      placeholdersOf(segments).map((name, i) => [name, (match[i + 1] ?? '').trim()]),
    );
    const title = parts.get('kegiatan') ?? '';
    const code = parts.get('jenis');
    const known = code === undefined ? undefined : typeCoded(c, code);
    if (title === '' || (needsKnownCode && known === undefined)) continue;
    const unit = parts.get('penyelenggara');
    return {
      title,
      ...(code === undefined || code === '' ? {} : { activityCode: known?.code ?? code }),
      ...(unit === undefined || unit === '' ? {} : { unit }),
    };
  }
  return whole;
}
