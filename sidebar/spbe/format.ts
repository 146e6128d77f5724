/** Small text helpers shared by the SPBE views. Return plain text; callers escape it. */
import type { ColumnScore, IndicatorView, SpbeView } from '../../src/app/spbe-view';

/** Every 59/2020 indicator is "Tingkat Kematangan …": the prefix only costs width in a list. */
export const shortName = (name: string): string =>
  name.replace(/^Tingkat Kematangan\s+/i, '') || name;

/** "3 Terdefinisi", or "—" when no level is set. */
export function levelText(view: SpbeView, indicator: IndicatorView, level: number | null): string {
  if (level === null) return '—';
  const name = indicator.levelNames[level - view.framework.levels.min];
  return name ? `${level} ${name}` : String(level);
}

/** Levels min…max of the framework, each with the indicator's name for it. */
export function levelRange(view: SpbeView, indicator: IndicatorView) {
  const { min, max } = view.framework.levels;
  const out: { level: number; name: string }[] = [];
  for (let level = min; level <= max; level++) {
    out.push({ level, name: indicator.levelNames[level - min] ?? '' });
  }
  return out;
}

/** The score of one column in words, for the header. */
export function scoreParts(score: ColumnScore): { value: string; detail: string; kind: string } {
  if (score.state === 'scored')
    return { value: score.index, detail: score.predicate, kind: 'terisi' };
  if (score.state === 'incomplete')
    return { value: 'belum lengkap', detail: `${score.missing} kosong`, kind: 'kosong' };
  return { value: 'tidak valid', detail: score.message, kind: 'galat' };
}

/** Status values of src/core/spbe/workbook/sheets.ts → a CSS class for their colour. */
export function statusClass(status: string): string {
  switch (status) {
    case 'Diverifikasi':
      return 'st-ok';
    case 'Perlu perbaikan':
      return 'st-perbaikan';
    case 'Diusulkan':
      return 'st-usul';
    default:
      return 'st-kosong';
  }
}

/** An id safe for HTML and CSS selectors from an indicator key such as "35-1". */
export const indicatorId = (key: string): string => `ind-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
