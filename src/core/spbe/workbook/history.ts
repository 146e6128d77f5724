/**
 * Riwayat (history) and Rencana (roadmap) sheets. History rows hold a year's published
 * values ("D1=3.70; D2=3.40; …" or aspects) or the verified result of this workbook, and get
 * their index and predicate computed exactly; roadmap initiatives get the index gain their
 * linked indicators would bring when raised from today's level to their target.
 */
import { UserError } from '../../errors';
import { cellAddress } from '../../text/a1';
import { gainPerLevel, type ScoreResult, score } from '../engine';
import { findFramework, frameworkForYear } from '../frameworks';
import type { Framework } from '../frameworks/types';
import { Rational, sum } from '../rational';
import type { AssessmentRow, CellProblem, Table } from './assessment';
import { HISTORY_HEADERS, ROADMAP_HEADERS } from './sheets';

const col = (headers: readonly string[], header: readonly unknown[], name: string) => {
  const i = header.map((h) => String(h).trim().toLowerCase()).indexOf(name.toLowerCase());
  return i >= 0 ? i : headers.indexOf(name);
};

/** "D1=3.70; D2=3,40" → {D1: 3.70, D2: 3.40}; null when a part is not KEY=number. */
export function parseValues(text: string): Record<string, Rational> | null {
  const parts = text
    .split(/[;\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return null;
  const out: Record<string, Rational> = {};
  for (const part of parts) {
    const match = /^([A-Za-z]\d+)\s*[=:]\s*(\d+(?:[.,]\d+)?)$/.exec(part);
    const value = match ? Rational.parse(match[2] ?? '') : null;
    if (!match || !value) return null;
    out[(match[1] ?? '').toUpperCase()] = value;
  }
  return out;
}

export const formatValues = (values: ReadonlyMap<string, Rational>): string =>
  [...values].map(([k, v]) => `${k}=${v.toFixed(2)}`).join('; ');

export const CURRENT_SOURCE = 'Level terverifikasi';

/**
 * The history table recomputed: each row's index and predicate from its values; the row of
 * `current.year` replaced by this workbook's verified result when there is one.
 */
export function recomputeHistory(
  table: Table,
  current: { year: number; framework: Framework; verified: ScoreResult | null },
): { rows: unknown[][]; problems: CellProblem[] } {
  const h = (name: (typeof HISTORY_HEADERS)[number]) => col(HISTORY_HEADERS, table.header, name);
  const problems: CellProblem[] = [];
  const rows = table.rows
    .map((row, i) => ({ row: [...row], sheetRow: i + 2 }))
    .filter(({ row }) => String(row[h('Tahun')] ?? '').trim() !== '');
  const width = Math.max(HISTORY_HEADERS.length, table.header.length);
  const set = (row: unknown[], name: (typeof HISTORY_HEADERS)[number], value: unknown) => {
    while (row.length < width) row.push('');
    row[h(name)] = value;
  };
  for (const { row, sheetRow } of rows) {
    const year = Number(row[h('Tahun')]);
    const at = (name: (typeof HISTORY_HEADERS)[number]) => cellAddress(sheetRow, h(name) + 1);
    if (year === current.year && String(row[h('Sumber')]).trim() === CURRENT_SOURCE) continue;
    try {
      if (!Number.isInteger(year))
        throw new UserError(
          `Tahun harus seperti 2023, bukan "${String(row[h('Tahun')])}".`,
          at('Tahun'),
        );
      const id = String(row[h('Kerangka')] ?? '').trim();
      const framework = id ? findFramework(id) : frameworkForYear(year);
      const values = parseValues(String(row[h('Nilai')] ?? ''));
      if (!values)
        throw new UserError(
          'Nilai harus seperti "D1=3.70; D2=3.40; D3=3.00; D4=3.20" atau nilai aspek "A1=…".',
          at('Nilai'),
        );
      const isDomains = Object.keys(values).every((k) => k.startsWith('D'));
      const result = score(framework, year, isDomains ? { domains: values } : { aspects: values });
      set(row, 'Kerangka', framework.id);
      set(row, 'Sumber', isDomains ? 'Nilai domain terbit' : 'Nilai aspek terbit');
      set(row, 'Indeks', Number(result.indexText));
      set(row, 'Predikat', result.predicate);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push({
        cell: error.field && /^[A-Z]+\d+$/.test(error.field) ? error.field : at('Nilai'),
        message: error.message,
      });
    }
  }
  const kept = rows
    .filter(
      ({ row }) =>
        !(
          Number(row[h('Tahun')]) === current.year &&
          String(row[h('Sumber')]).trim() === CURRENT_SOURCE
        ),
    )
    .map(({ row }) => row);
  if (current.verified) {
    const row: unknown[] = new Array(width).fill('');
    set(row, 'Tahun', current.year);
    set(row, 'Kerangka', current.framework.id);
    set(row, 'Sumber', CURRENT_SOURCE);
    set(
      row,
      'Nilai',
      formatValues(
        current.verified.domains.size > 0
          ? current.verified.domains
          : (current.verified.aspects ?? new Map()),
      ),
    );
    set(row, 'Indeks', Number(current.verified.indexText));
    set(row, 'Predikat', current.verified.predicate);
    kept.push(row);
  }
  kept.sort((a, b) => Number(a[h('Tahun')]) - Number(b[h('Tahun')]));
  return { rows: kept, problems };
}

/**
 * Each initiative's expected index gain: Σ over its linked indicators of
 * (target level − today's level) × the index value of one level. Today's level is the
 * verified one, else the unit's proposal.
 */
export function recomputeRoadmap(
  table: Table,
  framework: Framework,
  assessment: readonly AssessmentRow[],
): { rows: unknown[][]; problems: CellProblem[] } {
  const h = (name: (typeof ROADMAP_HEADERS)[number]) => col(ROADMAP_HEADERS, table.header, name);
  const active = assessment.filter((r) => r.active);
  const gains = gainPerLevel(framework, Object.fromEntries(active.map((r) => [r.key, 1])));
  const byKey = new Map(active.map((r) => [r.key, r]));
  const problems: CellProblem[] = [];
  const width = Math.max(ROADMAP_HEADERS.length, table.header.length);
  const rows = table.rows.map((original, i) => {
    const row = [...original];
    while (row.length < width) row.push('');
    const linked = String(row[h('Indikator Terkait')] ?? '')
      .split(/[,;\s]+/)
      .map((k) => k.trim())
      .filter((k) => k !== '');
    if (String(row[h('Inisiatif')] ?? '').trim() === '' || linked.length === 0) return row;
    const unknown = linked.filter((k) => !byKey.has(k));
    if (unknown.length > 0) {
      problems.push({
        cell: cellAddress(i + 2, h('Indikator Terkait') + 1),
        message: `Indikator ${unknown.join(', ')} tidak ada di lembar Penilaian.`,
      });
      row[h('Perkiraan Kenaikan Indeks')] = '';
      return row;
    }
    const parts = linked.map((k) => {
      const r = byKey.get(k) as AssessmentRow;
      const now = r.verified ?? r.self;
      if (now === null || r.target === null || r.target <= now) return Rational.of(0);
      return (gains.get(k) ?? Rational.of(0)).mul(Rational.of(r.target - now));
    });
    row[h('Perkiraan Kenaikan Indeks')] = Number(sum(parts).toFixed(4));
    return row;
  });
  return { rows, problems };
}
