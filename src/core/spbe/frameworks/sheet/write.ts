/**
 * Frameworks written in the Kerangka layout (layout.ts), so an admin can copy a shipped
 * framework into the sheet and correct it there; `readFrameworkSheet` reads the rows back to
 * the same frameworks (the per-level criteria are not in the sheet). Weights stay text
 * ("1.30") so nothing is lost to floating point; see layout.ts on formatting the sheet as
 * plain text. Rows are padded to one width because Range.setValues needs a rectangle.
 */
import type { Framework } from '../types';
import {
  BASIS_TEXT,
  DEFAULT_YEAR_TEXT,
  headerRow,
  NOTE_KEYWORD,
  SHEET_NOTE,
  STATUS_TEXT,
  yesNoText,
} from './layout';

/** A data row: column A empty, then the block's columns in layout order. */
const data = (...cells: unknown[]): unknown[] => ['', ...cells];

function frameworkRows(f: Framework): unknown[][] {
  const rows: unknown[][] = [
    headerRow('framework'),
    data(
      f.id,
      f.name,
      f.legalSource,
      STATUS_TEXT[f.status],
      f.years.from,
      f.years.to ?? '',
      f.levels.min,
      f.levels.max,
      f.notes ?? '',
    ),
    headerRow('levelGroup', f.levels),
    ...f.levelGroups.map((g) => data(g.key, ...g.names)),
  ];
  // A framework without domains (8/2026) has no DOMAIN block at all.
  if (f.domains.length > 0)
    rows.push(headerRow('domain'), ...f.domains.map((d) => data(d.key, d.name, d.weight)));
  rows.push(
    headerRow('aspect'),
    ...f.aspects.map((a) => data(a.key, a.name, a.domain ?? '', a.weight)),
    headerRow('indicator'),
    ...f.indicators.map((i) =>
      data(
        i.key,
        i.name,
        i.aspect,
        i.weight ?? '',
        i.levelGroup,
        i.perItem === undefined ? '' : yesNoText(i.perItem),
        i.scoredBy ?? '',
      ),
    ),
    headerRow('predicate'),
    ...f.predicates.map((p) => data(p.name, p.min)),
    headerRow('rounding'),
    data(DEFAULT_YEAR_TEXT, BASIS_TEXT[f.predicateBasis.default]),
    ...Object.entries(f.predicateBasis.byYear)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([year, rule]) => data(year, BASIS_TEXT[rule])),
  );
  return rows;
}

export function frameworkToSheet(frameworks: readonly Framework[]): unknown[][] {
  const rows: unknown[][] = [[NOTE_KEYWORD, SHEET_NOTE]];
  for (const f of frameworks) rows.push([], ...frameworkRows(f));
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<unknown>(width - r.length).fill('')]);
}
