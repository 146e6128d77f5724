/** =SPBE_INDEKS and =SPBE_PREDIKAT as Sheets calls them: with 2-D arrays of cell values. */
import { banyuwangiColumn as banyuwangi } from '../fixtures/spbe-levels';
import { loadBundle } from './harness';

const column = (levels: number[]) => levels.map((l) => [l]);

describe('custom functions in the built bundle', () => {
  it('carry the JSDoc Sheets reads for autocomplete on their top-level stubs', () => {
    const { dist } = loadBundle();
    for (const name of ['SPBE_INDEKS', 'SPBE_PREDIKAT']) {
      expect(dist.code).toMatch(
        new RegExp(`@customfunction\\s*\\*/\\s*function ${name}\\(levels, framework, year\\)`),
      );
    }
  });

  it('=SPBE_INDEKS(A2:A48; "permenpanrb-59-2020"; 2024) shows an exact 4.765 as 4.77', () => {
    const { runtime } = loadBundle();
    expect(runtime.run('SPBE_INDEKS', column(banyuwangi()), 'permenpanrb-59-2020', 2024)).toBe(
      4.77,
    );
  });

  it('accepts two columns "indikator | level" and picks the framework from the year', () => {
    const { runtime } = loadBundle();
    const rows = banyuwangi().map((l, i) => [String(i + 1), l]);
    expect(runtime.run('SPBE_INDEKS', rows, '', 2024)).toBe(4.77);
  });

  it('=SPBE_PREDIKAT follows the year rule for an index just under 1.80', () => {
    const { runtime } = loadBundle();
    expect(runtime.run('SPBE_PREDIKAT', 1.79605, 'permenpanrb-59-2020', 2023)).toBe('Cukup');
    expect(runtime.run('SPBE_PREDIKAT', 1.79605, 'permenpanrb-59-2020', 2024)).toBe('Kurang');
    expect(runtime.run('SPBE_PREDIKAT', column(banyuwangi()), '', 2024)).toBe('Memuaskan');
  });

  it('shows an Indonesian message on #ERROR! for bad input', () => {
    const { runtime } = loadBundle();
    expect(() =>
      runtime.run('SPBE_INDEKS', column([3, 3, 3]), 'permenpanrb-59-2020', 2024),
    ).toThrow('rentang berisi 3 level; kerangka permenpanrb-59-2020 punya 47 indikator.');
    const withSix = banyuwangi();
    withSix[6] = 6;
    expect(() => runtime.run('SPBE_INDEKS', column(withSix), '', 2024)).toThrow(
      'Indikator "7": level harus bilangan bulat 1–5, bukan 6.',
    );
    expect(() => runtime.run('SPBE_PREDIKAT', 'tinggi', '', 2024)).toThrow(
      'indeks: isi angka seperti 3.28',
    );
    expect(() => runtime.run('SPBE_PREDIKAT', 7, '', 2024)).toThrow(
      'Indeks harus di antara 1 dan 5',
    );
  });
});
