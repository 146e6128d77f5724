import { gainPerLevel, predicateThreshold, score } from '../../src/core/spbe/engine';
import {
  CATALOGUE,
  catalogue,
  findFramework,
  frameworkForYear,
} from '../../src/core/spbe/frameworks';
import { validateFramework } from '../../src/core/spbe/frameworks/validate';
import { Rational } from '../../src/core/spbe/rational';
import { BANYUWANGI_OVERRIDES, levels59 } from '../fixtures/spbe-levels';

const f59 = findFramework('permenpanrb-59-2020');
const f5 = findFramework('permenpanrb-5-2018');
const f8 = findFramework('permenpanrb-8-2026');
const r = (text: string) => Rational.parse(text) as Rational;
const record = (entries: [string, string][]) =>
  Object.fromEntries(entries.map(([k, v]) => [k, r(v)]));

describe('the framework catalogue', () => {
  it('ships three valid frameworks with the ids and status the issue names', () => {
    expect(catalogue().map((f) => [f.id, f.status])).toEqual([
      ['permenpanrb-5-2018', 'official'],
      ['permenpanrb-59-2020', 'official'],
      ['permenpanrb-8-2026', 'provisional'],
    ]);
    expect(f59.indicators).toHaveLength(47);
    expect(f8.domains).toEqual([]);
  });

  it('picks the framework in force for a year', () => {
    expect(frameworkForYear(2019).id).toBe('permenpanrb-5-2018');
    expect(frameworkForYear(2024).id).toBe('permenpanrb-59-2020');
    expect(frameworkForYear(2026).id).toBe('permenpanrb-8-2026');
  });

  it('rejects a framework whose weights do not add up, naming where', () => {
    const broken = {
      ...f59,
      aspects: f59.aspects.map((a) => (a.key === 'A2' ? { ...a, weight: '11' } : a)),
    };
    const result = validateFramework(broken);
    expect(result.ok).toBe(false);
    const messages = result.ok
      ? []
      : result.problems.map((p) => `${p.path.join('.')}: ${p.message}`);
    expect(messages).toContain(
      'aspects.1.weight: bobot 11 tidak sama dengan jumlah bobot indikatornya (10)',
    );
    expect(messages).toContain('aspects: jumlah bobot aspek harus 100, sekarang 101');
  });

  it('rejects a framework with a misspelt field', () => {
    const result = validateFramework({ ...CATALOGUE[1], status: 'resmi' });
    expect(result.ok ? [] : result.problems.map((p) => p.path.join('.'))).toEqual(['status']);
  });
});

describe('the index, exactly as KemenPANRB computes it', () => {
  it("reproduces the regulation's worked example: aspect 3.00, domain 3.40, index 3.28", () => {
    // A2 = 3,4,3,2 → 3.00; A3 all 4 → 4.00; A4 all 3 → 3.00; so D2 = 3.40.
    const result = score(f59, 2022, {
      levels: levels59(3, {
        '11': 3,
        '12': 4,
        '13': 3,
        '14': 2,
        '15': 4,
        '16': 4,
        '17': 4,
        '18': 4,
        '19': 3,
        '20': 3,
      }),
    });
    expect(result.aspects?.get('A2')?.toFixed(2)).toBe('3.00');
    expect(result.domains.get('D2')?.toFixed(2)).toBe('3.40');
    const fromDomains = score(f59, 2022, {
      domains: record([
        ['D1', '3.70'],
        ['D2', '3.40'],
        ['D3', '3.00'],
        ['D4', '3.20'],
      ]),
    });
    expect(fromDomains.indexText).toBe('3.28');
    expect(fromDomains.predicate).toBe('Baik');
  });

  it('reproduces Kab. Pesawaran 2019 (PermenPANRB 5/2018) from its published aspects: 1.22 Kurang', () => {
    const result = score(f5, 2019, {
      aspects: record([
        ['A1', '1.00'],
        ['A2', '1.00'],
        ['A3', '1.50'],
        ['A4', '1.00'],
        ['A5', '1.00'],
        ['A6', '1.43'],
        ['A7', '1.17'],
      ]),
    });
    expect(result.indexText).toBe('1.22');
    expect(result.predicate).toBe('Kurang');
    expect(result.domains.get('D1')?.toFixed(2)).toBe('1.00');
    expect(result.domains.get('D2')?.toFixed(2)).toBe('1.14');
    expect(result.warnings.join(' ')).toContain('±0,01');
  });

  it('reproduces Pesawaran 2019 exactly from indicator levels, with three public services as items 35-k', () => {
    const levels: Record<string, number> = {};
    for (let i = 1; i <= 34; i++) levels[String(i)] = 1;
    Object.assign(levels, {
      '19': 2,
      '25': 2,
      '26': 2,
      '27': 2,
      '32': 2,
      '35-1': 1,
      '35-2': 1,
      '35-3': 1,
    });
    const result = score(f5, 2019, { levels });
    expect(['A3', 'A6', 'A7'].map((a) => result.aspects?.get(a)?.toFixed(2))).toEqual([
      '1.50',
      '1.43',
      '1.17',
    ]);
    expect(['D1', 'D2', 'D3'].map((d) => result.domains.get(d)?.toFixed(2))).toEqual([
      '1.00',
      '1.14',
      '1.33',
    ]);
    expect(result.indexText).toBe('1.22');
    expect(result.predicate).toBe('Kurang');
  });

  it('shows an exact 4.765 as 4.77 (Kab. Banyuwangi 2024 was published as 4.77)', () => {
    // 2000 × index = 26·ΣL(1–10) + 50·ΣL(11–20) + 30·ΣL(21–31) + 55·ΣL(32–41) + 60·ΣL(42–47) = 9530.
    const result = score(f59, 2024, {
      levels: levels59(5, BANYUWANGI_OVERRIDES),
    });
    expect(result.index.toExactString()).toBe('4.765');
    expect(result.indexText).toBe('4.77');
    expect(result.predicate).toBe('Memuaskan');
  });

  it('takes the predicate from the rounded index in 2023 and from the exact index in 2024', () => {
    // (13·1.70 + 25·1.80 + 16.5·1.00 + 45.5·2.11) / 100 = 1.79605 → shown 1.80.
    const domains = record([
      ['D1', '1.70'],
      ['D2', '1.80'],
      ['D3', '1.00'],
      ['D4', '2.11'],
    ]);
    const in2023 = score(f59, 2023, { domains });
    const in2024 = score(f59, 2024, { domains });
    expect(in2023.indexText).toBe('1.80');
    expect(in2024.indexText).toBe('1.80');
    expect(in2023.predicate).toBe('Cukup');
    expect(in2024.predicate).toBe('Kurang');
    expect(in2024.nearEdge?.edge.toFixed(2)).toBe('1.80');
    expect(in2024.warnings.join(' ')).toContain('≤ 0,005 dari batas 1.80');
  });

  it('does not flag an index far from every band edge', () => {
    expect(score(f59, 2024, { levels: levels59(3) }).nearEdge).toBeNull();
  });

  it('scores the provisional Indeks Pemdi with its own bands and says it is provisional', () => {
    const levels: Record<string, number> = {};
    for (let i = 1; i <= 20; i++) levels[String(i)] = 3;
    levels['20'] = 5; // 15 % of the index: +0.30
    const result = score(f8, 2026, { levels });
    expect(result.indexText).toBe('3.30');
    expect(result.predicate).toBe('Baik');
    expect(result.warnings.join(' ')).toContain('sementara');
  });
});

describe('bad input names the field', () => {
  it.each([
    [
      { levels: levels59(3, { '7': 6 }) },
      'levels.7',
      'Indikator "7": level harus bilangan bulat 1–5, bukan 6.',
    ],
    [
      { levels: levels59(3, { '9': 2.5 }) },
      'levels.9',
      'Indikator "9": level harus bilangan bulat 1–5, bukan 2.5.',
    ],
    [
      { levels: { ...levels59(3), '48': 1 } },
      'levels.48',
      'Indikator "48" tidak ada di kerangka permenpanrb-59-2020.',
    ],
    [{ aspects: record([['A1', '2']]) }, 'aspects.A2', 'Aspek "A2" belum diisi.'],
  ])('%#', (input, field, message) => {
    expect(() => score(f59, 2024, input)).toThrow(message);
    try {
      score(f59, 2024, input);
    } catch (error) {
      expect((error as { field?: string }).field).toBe(field);
    }
  });

  it('asks for at least one public service under 5/2018', () => {
    const levels: Record<string, number> = {};
    for (let i = 1; i <= 34; i++) levels[String(i)] = 1;
    expect(() => score(f5, 2019, { levels })).toThrow(
      'Indikator "35" belum dinilai: isi minimal satu butir',
    );
  });
});

describe('gain per level and predicate thresholds', () => {
  it('values one level at weight/100 under 59/2020', () => {
    const gains = gainPerLevel(f59, levels59(1));
    expect(['1', '11', '21', '32', '42'].map((k) => gains.get(k)?.toExactString())).toEqual([
      '0.013',
      '0.025',
      '0.015',
      '0.0275',
      '0.03',
    ]);
  });

  it('lowers the threshold by 0.005 when the year rounds first', () => {
    expect(predicateThreshold(f59, 2023, 'Sangat Baik').toExactString()).toBe('3.495');
    expect(predicateThreshold(f59, 2024, 'sangat baik').toExactString()).toBe('3.5');
    expect(() => predicateThreshold(f59, 2024, 'Istimewa')).toThrow(
      'Predikat "Istimewa" tidak dikenal',
    );
  });
});
