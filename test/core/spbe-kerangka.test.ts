import { findFramework } from '../../src/core/spbe/frameworks';
import { CRITERIA_59_2020 } from '../../src/core/spbe/frameworks/criteria-59-2020';
import { readFrameworkSheet } from '../../src/core/spbe/frameworks/sheet/read';
import { frameworkToSheet } from '../../src/core/spbe/frameworks/sheet/write';
import type { Framework } from '../../src/core/spbe/frameworks/types';
import { Rational } from '../../src/core/spbe/rational';

const f5 = findFramework('permenpanrb-5-2018');
const f59 = findFramework('permenpanrb-59-2020');
const f8 = findFramework('permenpanrb-8-2026');
const SHIPPED = [f5, f59, f8];

/** The sheet keeps everything but the per-level criteria. */
const withoutCriteria = (f: Framework): Framework => ({
  ...f,
  indicators: f.indicators.map(({ criteria: _criteria, ...rest }) => rest),
});

/** 0-based row of the data row whose column B is `key`, in the block opened by `keyword`. */
function rowOf(sheet: readonly (readonly unknown[])[], keyword: string, key: string): number {
  const block = sheet.findIndex((r) => r[0] === keyword);
  const row = sheet.findIndex((r, i) => i > block && r[0] === '' && r[1] === key);
  if (block < 0 || row < 0) throw new Error(`${keyword} ${key} tidak ada`);
  return row;
}

const E = 4; // column E: bobot of ASPEK and INDIKATOR rows

/** A small framework typed by hand, the way an admin would: numbers as numbers, mixed case. */
function handSheet(): unknown[][] {
  return [
    ['KETERANGAN', 'Kerangka uji, diketik tangan'],
    [
      'kerangka',
      'id',
      'nama',
      'dasar hukum',
      'status',
      'tahun mulai',
      'tahun akhir',
      'min',
      'maks',
    ],
    ['', 'uji-2027', 'Kerangka Uji', 'SE Uji 1/2027', 'Sementara', 2027, '', 1, 3, ''],
    [],
    ['Kelompok  Level', 'kunci', 'level 1', 'level 2', 'level 3'],
    ['', 'umum', 'Awal', 'Tengah', 'Matang'],
    ['DOMAIN', 'kunci', 'nama', 'bobot'],
    ['', 'D1', 'Tata Kelola', 72.5],
    ['', 'D2', 'Layanan', '27,5'],
    ['', '', '', ''],
    ['aspek', 'kunci', 'nama', 'domain', 'bobot'],
    ['', 'A1', 'Kebijakan', 'D1', 72.5],
    ['', 'A2', 'Layanan', 'D2', 27.5],
    ['INDIKATOR', 'kunci', 'nama', 'aspek', 'bobot', 'kelompok', 'per butir', 'dinilai oleh'],
    ['', 1, 'Kebijakan satu', 'A1', 1.3, 'umum', '', ''],
    ['', 2, 'Kebijakan dua', 'A1', 71.2, 'umum', 'Tidak', ''],
    ['', '3', 'Layanan daring', 'A2', '', 'umum', true, 'BPS'],
    ['PREDIKAT', 'nama', 'batas bawah'],
    ['', 'Baik', 2.5],
    ['', 'Kurang', 1],
    ['PEMBULATAN', 'tahun', 'aturan'],
    ['', 'Bawaan', 'Tanpa  Pembulatan'],
    ['', 2027, 'DIBULATKAN'],
  ];
}

/** `handSheet` with cells replaced, addressed as Sheets shows them ("E15"). */
function handSheetWith(...edits: [cell: string, value: unknown][]): unknown[][] {
  const sheet = handSheet();
  for (const [cell, value] of edits) {
    const row = sheet[Number(cell.slice(1)) - 1] as unknown[];
    row[cell.charCodeAt(0) - 65] = value;
  }
  return sheet;
}

describe('the Kerangka sheet round trip', () => {
  const sheet = frameworkToSheet(SHIPPED);

  it('reads the three shipped frameworks back exactly (all but the criteria)', () => {
    const { frameworks, problems } = readFrameworkSheet(sheet);
    expect(problems).toEqual([]);
    expect(frameworks).toStrictEqual(SHIPPED.map(withoutCriteria));
  });

  it('leaves the per-level criteria out when a framework carries them', () => {
    const withCriteria: Framework = {
      ...f59,
      indicators: f59.indicators.map((i) => ({ ...i, criteria: CRITERIA_59_2020[i.key] ?? [] })),
    };
    expect(withCriteria.indicators[0]?.criteria).toHaveLength(5);
    const { frameworks, problems } = readFrameworkSheet(frameworkToSheet([withCriteria]));
    expect(problems).toEqual([]);
    expect(frameworks).toStrictEqual([withoutCriteria(withCriteria)]);
    expect(frameworks).toStrictEqual([f59]);
  });

  it('writes a rectangle with Indonesian keywords in column A and one KERANGKA per framework', () => {
    const width = sheet[0]?.length;
    expect(sheet.every((r) => r.length === width)).toBe(true);
    expect(sheet.filter((r) => r[0] === 'KERANGKA')).toHaveLength(3);
    expect(sheet.find((r) => r[1] === 'permenpanrb-8-2026')?.[4]).toBe('sementara');
    expect(sheet[rowOf(sheet, 'KERANGKA', 'permenpanrb-59-2020') - 1]?.slice(0, 3)).toEqual([
      'KERANGKA',
      'id (huruf, angka dan tanda minus)',
      'nama',
    ]);
  });

  it('survives Sheets turning numeric text into numbers: weights equal in value', () => {
    const asSheets = sheet.map((r) =>
      r.map((v) => (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? Number(v) : v)),
    );
    const { frameworks, problems } = readFrameworkSheet(asSheets);
    expect(problems).toEqual([]);
    const weights = (f: Framework) =>
      [...f.domains, ...f.aspects, ...f.indicators].map((x) =>
        x.weight === undefined ? null : (Rational.parse(x.weight)?.toExactString() ?? 'X'),
      );
    expect(frameworks.map(weights)).toEqual(SHIPPED.map(weights));
    expect(frameworks[1]?.indicators[0]?.weight).toBe('1.3'); // "1.30" became 1.3
    expect(frameworks.map((f) => f.indicators.map((i) => i.key))).toEqual(
      SHIPPED.map((f) => f.indicators.map((i) => i.key)),
    );
  });
});

describe('correcting the provisional 8/2026 weights in the sheet', () => {
  const sheet8 = () => frameworkToSheet([f8]);

  it('reads a correction that keeps the sums', () => {
    const sheet = sheet8();
    // Aspect Data (A3, 15%): Informasi Geospasial 3 → 4, Pembangunan Statistik 3 → 2.
    (sheet[rowOf(sheet, 'INDIKATOR', '6')] as unknown[])[E] = 4;
    (sheet[rowOf(sheet, 'INDIKATOR', '7')] as unknown[])[E] = '2';
    const { frameworks, problems } = readFrameworkSheet(sheet);
    expect(problems).toEqual([]);
    const [corrected] = frameworks;
    expect(corrected?.indicators.map((i) => i.weight)).toEqual(
      f8.indicators.map((i) => (i.key === '6' ? '4' : i.key === '7' ? '2' : i.weight)),
    );
    expect({ ...corrected, indicators: [] }).toStrictEqual({ ...f8, indicators: [] });
  });

  it('reports a correction that breaks the sum at the aspect weight, and drops only that framework', () => {
    const sheet = frameworkToSheet([f59, f8]);
    const at8 = sheet.findIndex((r) => r[1] === 'permenpanrb-8-2026');
    const row6 = sheet.findIndex((r, i) => i > at8 && r[0] === '' && r[1] === '6');
    const a3 = sheet.findIndex((r, i) => i > at8 && r[0] === '' && r[1] === 'A3');
    (sheet[row6] as unknown[])[E] = 4;
    const { frameworks, problems } = readFrameworkSheet(sheet);
    expect(problems).toEqual([
      {
        cell: `E${a3 + 1}`,
        message: 'bobot aspek A3: bobot 15 tidak sama dengan jumlah bobot indikatornya (16)',
      },
    ]);
    expect(frameworks.map((f) => f.id)).toEqual(['permenpanrb-59-2020']);
  });

  it('points at E10 in the sheet of 8/2026 alone', () => {
    const sheet = sheet8();
    expect(sheet[9]?.slice(0, 5)).toEqual(['', 'A3', 'Data', '', '15']);
    expect(sheet[20]?.slice(0, 5)).toEqual(['', '6', 'Informasi Geospasial', 'A3', '3']);
    (sheet[20] as unknown[])[E] = 3.5;
    const { frameworks, problems } = readFrameworkSheet(sheet);
    expect(frameworks).toEqual([]);
    expect(problems).toEqual([
      {
        cell: 'E10',
        message: 'bobot aspek A3: bobot 15 tidak sama dengan jumlah bobot indikatornya (15.5)',
      },
    ]);
  });

  it('reports a whole-list sum at the keyword cell of the block', () => {
    const sheet = sheet8();
    (sheet[9] as unknown[])[E] = 16; // aspect A3 16%: all aspects now 101
    (sheet[20] as unknown[])[E] = 4; // its indicators follow, so only the total is wrong
    const { problems } = readFrameworkSheet(sheet);
    expect(problems).toEqual([
      { cell: 'A7', message: 'blok ASPEK: jumlah bobot aspek harus 100, sekarang 101' },
    ]);
  });
});

describe('a framework typed by hand', () => {
  it('reads numbers typed as numbers exactly, and Indonesian and mixed-case words', () => {
    const { frameworks, problems } = readFrameworkSheet(handSheet());
    expect(problems).toEqual([]);
    expect(frameworks).toStrictEqual([
      {
        id: 'uji-2027',
        name: 'Kerangka Uji',
        legalSource: 'SE Uji 1/2027',
        status: 'provisional',
        years: { from: 2027 },
        levels: { min: 1, max: 3 },
        levelGroups: [{ key: 'umum', names: ['Awal', 'Tengah', 'Matang'] }],
        domains: [
          { key: 'D1', name: 'Tata Kelola', weight: '72.5' },
          { key: 'D2', name: 'Layanan', weight: '27.5' },
        ],
        aspects: [
          { key: 'A1', name: 'Kebijakan', domain: 'D1', weight: '72.5' },
          { key: 'A2', name: 'Layanan', domain: 'D2', weight: '27.5' },
        ],
        indicators: [
          { key: '1', name: 'Kebijakan satu', aspect: 'A1', weight: '1.3', levelGroup: 'umum' },
          {
            key: '2',
            name: 'Kebijakan dua',
            aspect: 'A1',
            weight: '71.2',
            levelGroup: 'umum',
            perItem: false,
          },
          {
            key: '3',
            name: 'Layanan daring',
            aspect: 'A2',
            levelGroup: 'umum',
            perItem: true,
            scoredBy: 'BPS',
          },
        ],
        predicates: [
          { name: 'Baik', min: '2.5' },
          { name: 'Kurang', min: '1' },
        ],
        predicateBasis: { default: 'unrounded', byYear: { '2027': 'rounded' } },
      },
    ]);
  });

  it('takes a float exactly as it prints, never rounding it to look right', () => {
    const { problems } = readFrameworkSheet(handSheetWith(['E15', 0.1 + 0.2]));
    expect(problems).toEqual([
      {
        cell: 'E12',
        message:
          'bobot aspek A1: bobot 72.5 tidak sama dengan jumlah bobot indikatornya (71.50000000000000004)',
      },
    ]);
  });

  it('accepts English status and rounding words too', () => {
    const sheet = handSheetWith(['E3', 'OFFICIAL'], ['C22', 'unrounded'], ['C23', 'Rounded']);
    const { frameworks, problems } = readFrameworkSheet(sheet);
    expect(problems).toEqual([]);
    expect(frameworks[0]?.status).toBe('official');
    expect(frameworks[0]?.predicateBasis).toEqual({
      default: 'unrounded',
      byYear: { '2027': 'rounded' },
    });
  });
});

describe('problems name their cell', () => {
  const only = (sheet: unknown[][]) => {
    const { frameworks, problems } = readFrameworkSheet(sheet);
    expect(frameworks).toEqual([]);
    return problems;
  };

  it('a misspelt keyword, without echoes from the rows under it', () => {
    expect(only(handSheetWith(['A11', 'ASPK']))).toEqual([
      {
        cell: 'A11',
        message:
          'kata kunci "ASPK" tidak dikenal; kolom A berisi salah satu dari: KERANGKA, KELOMPOK LEVEL, DOMAIN, ASPEK, INDIKATOR, PREDIKAT, PEMBULATAN, KETERANGAN, atau kosong untuk baris isi',
      },
    ]);
  });

  it('a weight that is not a decimal', () => {
    expect(only(handSheetWith(['E15', 'satu koma tiga']))).toEqual([
      {
        cell: 'E15',
        message:
          'bobot indikator 1: "satu koma tiga" bukan angka desimal; isi angka desimal seperti 1,30 atau 27.5',
      },
    ]);
  });

  it('a missing indicator aspect', () => {
    expect(only(handSheetWith(['D16', '']))).toEqual([
      { cell: 'D16', message: 'aspek indikator 2: wajib diisi (kunci aspek, mis. A1)' },
    ]);
  });

  it('an indicator aspect that does not exist', () => {
    expect(only(handSheetWith(['D16', 'A9']))).toEqual([
      {
        cell: 'E12',
        message: 'bobot aspek A1: bobot 72.5 tidak sama dengan jumlah bobot indikatornya (1.3)',
      },
      {
        cell: 'D16',
        message: 'aspek indikator 2: aspek "A9" tidak ada; pilih salah satu: A1, A2',
      },
    ]);
  });

  it('an unknown level group', () => {
    expect(only(handSheetWith(['F17', 'layanan']))).toEqual([
      {
        cell: 'F17',
        message:
          'kelompok level indikator 3: kelompok level "layanan" tidak ada; pilih salah satu: umum',
      },
    ]);
  });

  it('a missing level name, and one too many', () => {
    expect(only(handSheetWith(['D6', '']))).toEqual([
      { cell: 'D6', message: 'nama level 2 kelompok level umum: wajib diisi' },
    ]);
    expect(only(handSheetWith(['F6', 'Unggul']))).toEqual([
      {
        cell: 'F6',
        message:
          'kelompok level umum: nama level lebih dari 3 (level 1–3); hapus yang lebih, atau ubah level terendah/tertinggi kerangka uji-2027',
      },
    ]);
  });

  it('a missing required framework cell, an unknown status, a bad year', () => {
    expect(only(handSheetWith(['C3', '']))).toEqual([
      { cell: 'C3', message: 'nama kerangka uji-2027: wajib diisi' },
    ]);
    expect(only(handSheetWith(['E3', 'final']))).toEqual([
      {
        cell: 'E3',
        message: 'status kerangka uji-2027: "final" tidak dikenal; isi "resmi" atau "sementara"',
      },
    ]);
    expect(only(handSheetWith(['F3', 'dua ribu']))).toEqual([
      {
        cell: 'F3',
        message: 'tahun mulai kerangka uji-2027: "dua ribu" bukan bilangan bulat; isi seperti 2026',
      },
    ]);
  });

  it('a duplicate key, a missing default rounding, a date where a key belongs', () => {
    expect(only(handSheetWith(['B16', 1]))).toEqual([
      { cell: 'B16', message: 'kunci indikator "1" ganda (sudah ada di baris 15)' },
    ]);
    expect(only(handSheetWith(['B22', 2026]))).toEqual([
      {
        cell: 'A21',
        message:
          'PEMBULATAN kerangka uji-2027: baris dengan tahun "bawaan" wajib ada (aturan untuk tahun yang tidak disebut)',
      },
    ]);
    expect(only(handSheetWith(['B15', new Date(2027, 0, 2)]))[0]?.cell).toBe('B15');
  });

  it('rows outside any framework, and keeps the good frameworks of the sheet', () => {
    const top = [['', 'Daftar kerangka'], ...frameworkToSheet([f59])];
    const sheet = [...top, ...handSheetWith(['E15', 'x'])];
    const { frameworks, problems } = readFrameworkSheet(sheet);
    expect(frameworks.map((f) => f.id)).toEqual(['permenpanrb-59-2020']);
    expect(problems.map((p) => p.cell)).toEqual(['B1', `E${top.length + 15}`]);
    expect(problems[0]?.message).toContain('KERANGKA');
  });

  it('two frameworks with one id', () => {
    const sheet = frameworkToSheet([f8, f8]);
    const second = sheet.map((r) => r[1]).lastIndexOf('permenpanrb-8-2026');
    const { frameworks, problems } = readFrameworkSheet(sheet);
    expect(frameworks.map((f) => f.id)).toEqual(['permenpanrb-8-2026']);
    expect(problems).toEqual([
      {
        cell: `B${second + 1}`,
        message:
          'id kerangka "permenpanrb-8-2026" sudah dipakai kerangka di baris 4; pakai id lain',
      },
    ]);
  });

  it.each<[string, [string, unknown][], { cell: string; message: string }[]]>([
    [
      'an id with a space',
      [['B3', 'uji 2027']],
      [{ cell: 'B3', message: 'id kerangka uji 2027: hanya huruf, angka dan tanda minus' }],
    ],
    [
      'years in the wrong order',
      [['G3', 2026]],
      [{ cell: 'G3', message: 'tahun akhir kerangka uji-2027: tahun akhir sebelum tahun awal' }],
    ],
    [
      'an upside-down level range (read before the level names)',
      [
        ['H3', 3],
        ['I3', 1],
      ],
      [
        {
          cell: 'I3',
          message:
            'level tertinggi kerangka uji-2027: 3–1 bukan rentang level; isi mis. 1 sampai 5 (atau 0 sampai 5)',
        },
      ],
    ],
    [
      'predicates not best first',
      [['C20', 3]],
      [
        {
          cell: 'C20',
          message: 'batas bawah predikat Kurang: batas predikat harus menurun dari yang terbaik',
        },
      ],
    ],
    [
      'an aspect without its domain',
      [['D13', '']],
      [
        {
          cell: 'D9',
          message: 'bobot domain D2: bobot 27.5 tidak sama dengan jumlah bobot aspeknya (0)',
        },
        { cell: 'D13', message: 'domain aspek A2: domain "" tidak ada; pilih salah satu: D1, D2' },
      ],
    ],
    [
      'an aspect with no indicators',
      [['D17', 'A1']],
      [
        {
          cell: 'B12',
          message:
            'indikator aspek A1 harus semuanya berbobot atau semuanya tanpa bobot (bobot sama rata)',
        },
        { cell: 'B13', message: 'aspek A2 tidak punya indikator' },
      ],
    ],
  ])('validation: %s', (_, edits, expected) => {
    expect(only(handSheetWith(...edits))).toEqual(expected);
  });

  it('a KERANGKA without its row, a second KERANGKA row, a block before any KERANGKA', () => {
    expect(only([['KERANGKA'], ...handSheet().slice(3)])).toEqual([
      { cell: 'A1', message: 'KERANGKA: isi id, nama, dst. di baris tepat di bawah baris ini' },
    ]);
    const sheet = handSheet();
    sheet.splice(3, 0, ['', 'D3', 'Lain', 5]);
    expect(only(sheet)).toEqual([
      {
        cell: 'B4',
        message: 'KERANGKA hanya punya satu baris isi; tulis kata kunci blok baris ini di kolom A',
      },
    ]);
    expect(readFrameworkSheet([['ASPEK'], ['', 'A1', 'x', '', 100]]).problems).toEqual([
      { cell: 'A1', message: 'blok ASPEK harus berada di bawah baris KERANGKA kerangkanya' },
    ]);
  });

  it('a missing block, but not while a misspelt keyword explains it', () => {
    const sheet = handSheet().filter(
      (r) => r[0] !== 'PREDIKAT' && r[1] !== 'Baik' && r[1] !== 'Kurang',
    );
    expect(only(sheet)).toEqual([
      {
        cell: 'A2',
        message: 'blok PREDIKAT kerangka uji-2027: belum ada isinya; tambahkan barisnya',
      },
    ]);
  });

  it('ignores KETERANGAN rows inside a block', () => {
    const sheet = handSheet();
    sheet.splice(15, 0, ['keterangan', 'indikator 2 dikoreksi 2027']);
    const { frameworks, problems } = readFrameworkSheet(sheet);
    expect(problems).toEqual([]);
    expect(frameworks[0]?.indicators.map((i) => i.key)).toEqual(['1', '2', '3']);
  });
});
