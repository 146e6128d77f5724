/**
 * The offline CLI as an analyst runs it: `npm run --silent spbe -- …` (here: tsx on the same
 * file), JSON on stdout, exit code 2 and a message naming the field on stderr for bad input.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BANYUWANGI_OVERRIDES, levels59 as levels } from '../fixtures/spbe-levels';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function spbe(args: string[], stdin = '') {
  const run = spawnSync(TSX, ['src/cli/spbe.ts', ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('spbe score', () => {
  it('scores one assessment from stdin with the exact index and the 2-decimal one', () => {
    const input = {
      framework: 'permenpanrb-59-2020',
      year: 2024,
      levels: levels(5, BANYUWANGI_OVERRIDES),
    };
    const { code, stdout } = spbe(['score', '--input', '-'], JSON.stringify(input));
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({
      framework: 'permenpanrb-59-2020',
      year: 2024,
      index: 4.77,
      indexExact: '4.765',
      predikat: 'Memuaskan',
    });
    expect(Object.keys(out.domains)).toEqual(['D1', 'D2', 'D3', 'D4']);
    expect(Object.keys(out.aspects)).toHaveLength(8);
  });

  it('scores an array of instansi, one result each, and takes published aspect values', () => {
    const input = [
      {
        framework: 'permenpanrb-5-2018',
        year: 2019,
        aspects: { A1: 1, A2: 1, A3: 1.5, A4: 1, A5: 1, A6: 1.43, A7: 1.17 },
      },
      { year: 2022, domains: { D1: 3.7, D2: 3.4, D3: 3, D4: 3.2 } },
    ];
    const { code, stdout } = spbe(['score', '--input', '-'], JSON.stringify(input));
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.map((o: { index: number; predikat: string }) => [o.index, o.predikat])).toEqual([
      [1.22, 'Kurang'],
      [3.28, 'Baik'],
    ]);
    expect(out[1].aspects).toBeUndefined();
  });

  it('reads CSV indikator,level with framework and year as flags', () => {
    const csv = ['indikator;level', ...Array.from({ length: 47 }, (_, i) => `${i + 1};3`)].join(
      '\n',
    );
    const { code, stdout } = spbe(
      ['score', '--input', '-', '--framework', 'permenpanrb-59-2020', '--year', '2024'],
      csv,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ index: 3, predikat: 'Baik' });
  });

  it.each([
    [
      ['score', '--input', '-'],
      JSON.stringify({ year: 2024, levels: levels(3, { '12': 7 }) }),
      'Indikator "12": level harus bilangan bulat 1–5, bukan 7.',
    ],
    [
      ['score', '--input', '-'],
      JSON.stringify({ year: 2024, aspects: { A1: 'tinggi' } }),
      'aspects.A1: nilai harus angka 0–5',
    ],
    [['score', '--input', '-'], '{"year": 2024, "levels": ', '--input: JSON tidak valid'],
    [
      ['score', '--input', '/tidak/ada.json'],
      '',
      '--input: berkas "/tidak/ada.json" tidak dapat dibaca.',
    ],
    [
      ['score', '--input', '-'],
      JSON.stringify([{ year: 2024, levels: levels(3) }, { year: 'dua ribu' }]),
      'input[1].year: isi tahun evaluasi',
    ],
    [['hitung', '--input', '-'], '{}', 'perintah harus "score" atau "plan"'],
  ])(
    'rejects bad input with exit 2, a message naming the field, and nothing on stdout (%#)',
    (args, stdin, message) => {
      const { code, stdout, stderr } = spbe(args, stdin);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(message);
    },
  );
});

describe('spbe plan', () => {
  const current = {
    framework: 'permenpanrb-59-2020',
    year: 2024,
    levels: levels(2, { '21': 1, '22': 1 }),
  };

  it('finds the fewest steps to a numeric target', () => {
    const { code, stdout } = spbe(
      ['plan', '--input', '-', '--target', '2.6'],
      JSON.stringify(current),
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.reachable).toBe(true);
    // 21 steps give at most 18·0.03 + 3·0.0275 = 0.6225 < 0.63 needed; 22 is the minimum.
    expect(out.totalSteps).toBe(22);
    expect(out.index).toBeGreaterThanOrEqual(2.6);
    expect(out.predikat).toBe('Baik');
    expect(out.totalSteps).toBe(
      out.steps.reduce((n: number, s: { from: number; to: number }) => n + s.to - s.from, 0),
    );
  });

  it('says plainly when a predicate target cannot be reached within the budget', () => {
    const { code, stdout } = spbe(
      ['plan', '--input', '-', '--target', 'Memuaskan'],
      JSON.stringify({ ...current, maxSteps: 5 }),
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({
      reachable: false,
      steps: [],
      totalSteps: 0,
      index: 1.97,
      predikat: 'Cukup',
    });
    expect(out.message).toContain('tidak tercapai dengan batas 5 langkah');
  });

  it('rejects an unknown predicate and a cap below the current level', () => {
    expect(
      spbe(['plan', '--input', '-', '--target', 'Istimewa'], JSON.stringify(current)).stderr,
    ).toContain('Predikat "Istimewa" tidak dikenal');
    const capped = spbe(
      ['plan', '--input', '-', '--target', '3'],
      JSON.stringify({ ...current, maxLevels: { '5': 1 } }),
    );
    expect(capped.code).toBe(2);
    expect(capped.stderr).toContain('maxLevels.5: harus bilangan bulat 2–5');
  });
});
