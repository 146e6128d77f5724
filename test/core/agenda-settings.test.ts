import fc from 'fast-check';
import { findClashes, type TimedItem } from '../../src/core/agenda/clashes';
import type { AgendaConventions } from '../../src/core/agenda/conventions';
import type { AgendaItem } from '../../src/core/agenda/item';
import { readAgendaRequest } from '../../src/core/agenda/request';
import {
  AGENDA_SETTINGS_TABLES,
  agendaRowsOf,
  checklistFor,
  colorLabel,
  DEFAULT_CONVENTIONS,
  defaultAgendaRows,
  describeSettingsProblem,
  EVENT_COLOR_CHOICES,
  formatLocation,
  formatTitle,
  leaderNamesForAide,
  missingMetadata,
  parseTitle,
  readAgendaConventions,
  readColor,
  remindersFor,
  requestSettingsOf,
  type SettingsProblem,
  slaHoursFor,
  toClashRules,
} from '../../src/core/agenda/settings';

type Tables = Map<string, { header: unknown[]; rows: unknown[][] }>;

const headersOf = (sheet: string): string[] => {
  const table = AGENDA_SETTINGS_TABLES.find((t) => t.name === sheet);
  if (!table) throw new Error(`no table ${sheet}`);
  return [...table.headers];
};

/** The sheets as setup leaves them: headers plus the seed rows. */
const seededTables = (rows = defaultAgendaRows()): Tables =>
  new Map(
    AGENDA_SETTINGS_TABLES.map((t) => [
      t.name,
      { header: [...t.headers], rows: (rows.get(t.name) ?? []).map((r) => [...r]) },
    ]),
  );

/** The seeded sheets with one sheet's rows (and optionally header) replaced. */
const withSheet = (sheet: string, rows: unknown[][], header: unknown[] = headersOf(sheet)) => {
  const tables = seededTables();
  tables.set(sheet, { header, rows });
  return tables;
};

const read = (tables: Tables) => readAgendaConventions(tables as never);
const problemsIn = (sheet: string, problems: SettingsProblem[]) =>
  problems.filter((p) => p.sheet === sheet);

describe('the settings sheets', () => {
  it('defines the five sheets with the Indonesian headers admins edit', () => {
    expect(AGENDA_SETTINGS_TABLES.map((t) => [t.name, t.headers])).toEqual([
      ['AgendaPimpinan', ['Nama', 'Email', 'Ajudan', 'Salat Jumat']],
      [
        'AgendaJenis',
        ['Jenis', 'Kode', 'Warna', 'Jeda Sebelum (menit)', 'Jeda Sesudah (menit)', 'Ceklis'],
      ],
      ['AgendaPengingat', ['Jenis', 'Menit Sebelum', 'Penerima']],
      ['AgendaWaktuTempuh', ['Dari', 'Ke', 'Menit']],
      ['AgendaPengaturan', ['Kunci', 'Nilai', 'Keterangan']],
    ]);
  });

  it('reads the seed rows back as DEFAULT_CONVENTIONS, without a problem', () => {
    const { conventions, problems } = read(seededTables());
    expect(problems).toEqual([]);
    expect(conventions).toEqual(DEFAULT_CONVENTIONS);
  });

  it('seeds the Bangka leaders, readable colours and an explained key per row', () => {
    const rows = defaultAgendaRows();
    expect(rows.get('AgendaPimpinan')).toEqual([
      ['Bupati', '', '', 'Ya'],
      ['Wakil Bupati', '', '', 'Ya'],
      ['Sekretaris Daerah', '', '', 'Ya'],
    ]);
    expect(rows.get('AgendaJenis')?.map((r) => [r[0], r[2]])).toEqual([
      ['Rapat', 'Biru Merak'],
      ['Peresmian', 'Kuning Pisang'],
      ['Kunjungan Kerja', 'Hijau Kemangi'],
      ['Upacara', 'Merah Tomat'],
      ['Audiensi', 'Ungu Anggur'],
      ['Acara Kemasyarakatan', 'Jingga Jeruk'],
    ]);
    expect(rows.get('AgendaPengingat')?.[0]).toEqual([
      'Semua',
      1440,
      'pimpinan, ajudan, penanggung jawab',
    ]);
    for (const [key, , description] of rows.get('AgendaPengaturan') ?? []) {
      expect([key, String(description).length > 40]).toEqual([key, true]);
    }
  });

  it('gives travel minutes between every pair of the eight kecamatan', () => {
    const kecamatan = [
      'Sungailiat',
      'Pemali',
      'Merawang',
      'Puding Besar',
      'Mendo Barat',
      'Bakam',
      'Belinyu',
      'Riau Silip',
    ];
    const { travel } = DEFAULT_CONVENTIONS;
    const minutes = (a: string, b: string) => travel[a]?.[b] ?? travel[b]?.[a];
    for (const a of kecamatan) {
      for (const b of kecamatan) {
        if (a !== b) expect([a, b, minutes(a, b)]).toEqual([a, b, expect.any(Number)]);
      }
    }
    expect(Object.keys(travel).every((k) => kecamatan.includes(k))).toBe(true);
  });

  it('writes any conventions as rows that read back the same', () => {
    const custom: AgendaConventions = {
      ...DEFAULT_CONVENTIONS,
      leaders: [
        {
          name: 'Bupati',
          email: 'bupati@bangkakab.go.id',
          aides: ['ajudan1@bangkakab.go.id', 'ajudan2@bangkakab.go.id'],
          fridayPrayer: true,
        },
        { name: 'Asisten I', email: '', aides: [], fridayPrayer: false },
      ],
      reminders: [
        { activityType: 'Rapat', minutesBefore: 0, recipients: ['tamu', { email: 'x@y.id' }] },
      ],
      slaHours: { DIJADWALKAN: 2.5 },
      requiredByStage: { DITUNDA: ['suratUndangan', 'tamu'] },
      escalation: ['kabag@bangkakab.go.id'],
      holidayBlock: 'abaikan',
      fridayPrayerBlock: 'lunak',
      checklistFlagHour: 0,
    };
    const { conventions, problems } = read(seededTables(agendaRowsOf(custom)));
    expect(problems).toEqual([]);
    expect(conventions).toEqual(custom);
  });
});

describe('AgendaPimpinan', () => {
  it('reports each bad cell by row and column, skips that row and keeps the good ones', () => {
    const { conventions, problems } = read(
      withSheet('AgendaPimpinan', [
        /* 2 */ [
          'Bupati',
          ' Bupati@BangkaKab.go.id',
          'ajudan1@bangkakab.go.id; Ajudan2@bangkakab.go.id',
          'Ya',
        ],
        /* 3 */ ['', '', '', ''],
        /* 4 */ ['Wakil Bupati', 'wabup(at)bangkakab', '', 'Ya'],
        /* 5 */ ['bupati', '', '', 'Tidak'],
        /* 6 */ ['Sekretaris Daerah', '', 'sekda.bangkakab.go.id', 'mungkin'],
        /* 7 */ ['Asisten I', '', '', false],
        /* 8 */ ['Asisten II', '', '', ''],
        /* 9 */ ['Bupati, Wakil', '', '', 'Ya'],
      ]),
    );
    expect(problems.map(describeSettingsProblem)).toEqual([
      'AgendaPimpinan baris 4, kolom Email: Email "wabup(at)bangkakab" tidak valid; kosongkan bila belum diketahui.',
      'AgendaPimpinan baris 5, kolom Nama: Pimpinan "bupati" sudah ada di baris 2; nama harus unik.',
      'AgendaPimpinan baris 6, kolom Ajudan: Email ajudan "sekda.bangkakab.go.id" tidak valid; pisahkan beberapa email dengan koma.',
      'AgendaPimpinan baris 6, kolom Salat Jumat: Salat Jumat harus "Ya" atau "Tidak", bukan "mungkin".',
      'AgendaPimpinan baris 9, kolom Nama: Nama "Bupati, Wakil" tidak boleh memuat koma, titik koma, atau baris baru.',
    ]);
    expect(conventions.leaders).toEqual([
      {
        name: 'Bupati',
        email: 'bupati@bangkakab.go.id',
        aides: ['ajudan1@bangkakab.go.id', 'ajudan2@bangkakab.go.id'],
        fridayPrayer: true,
      },
      { name: 'Asisten I', email: '', aides: [], fridayPrayer: false },
      // A blank Salat Jumat keeps the prayer window free.
      { name: 'Asisten II', email: '', aides: [], fridayPrayer: true },
    ]);
  });

  it('reports a sheet left without any leader', () => {
    const { conventions, problems } = read(withSheet('AgendaPimpinan', [['', '', '', '']]));
    expect(conventions.leaders).toEqual([]);
    expect(problems).toEqual([
      {
        sheet: 'AgendaPimpinan',
        row: 2,
        column: 'Nama',
        message: expect.stringMatching(/^belum ada pimpinan yang terbaca/),
      },
    ]);
  });
});

describe('AgendaJenis', () => {
  it('names what is expected for a bad colour, buffer, code or name', () => {
    const { conventions, problems } = read(
      withSheet('AgendaJenis', [
        /* 2 */ [
          'Rapat',
          'RAPAT',
          'Biru Merak',
          15,
          '10',
          '- Bahan rapat diterima\n- Lokasi dikonfirmasi; Transportasi siap',
        ],
        /* 3 */ ['Peresmian', 'RESMI', 'ungu muda', 30, 30, ''],
        /* 4 */ ['Upacara', 'UPACARA', 'Tomato', '-5', 'lima', ''],
        /* 5 */ ['Audiensi', 'rapat', 11, 0, 0, ''],
        /* 6 */ ['Kunjungan Kerja', '', 'kemangi', '', '', ''],
        /* 7 */ ['Pelantikan', 'LANTIK', '', 20, 20, 'Lokasi dikonfirmasi\nlokasi dikonfirmasi'],
        /* 8 */ ['Semua', 'SEMUA', '1', 0, 0, ''],
        /* 9 */ ['RAPAT', 'RPT', '7', 0, 0, ''],
        /* 10 */ ['Ramah Tamah', '[RT]', '2', 0, 0, ''],
      ]),
    );
    expect(problems.map(describeSettingsProblem)).toEqual([
      'AgendaJenis baris 3, kolom Warna: Warna "ungu muda" tidak dikenal; pilih salah satu: 1 Ungu Lavender, 2 Hijau Sage, 3 Ungu Anggur, 4 Merah Muda Flamingo, 5 Kuning Pisang, 6 Jingga Jeruk, 7 Biru Merak, 8 Abu-abu Grafit, 9 Biru Bluberi, 10 Hijau Kemangi, 11 Merah Tomat.',
      'AgendaJenis baris 4, kolom Jeda Sebelum (menit): Jeda Sebelum harus bilangan bulat ≥ 0 (menit), bukan "-5".',
      'AgendaJenis baris 4, kolom Jeda Sesudah (menit): Jeda Sesudah harus bilangan bulat ≥ 0 (menit), bukan "lima".',
      'AgendaJenis baris 5, kolom Kode: Kode "rapat" sudah dipakai di baris 2; kode harus unik.',
      'AgendaJenis baris 8, kolom Jenis: "Semua" berarti semua jenis di sheet AgendaPengingat; pakai nama lain.',
      'AgendaJenis baris 9, kolom Jenis: Jenis "RAPAT" sudah ada di baris 2; nama harus unik.',
      'AgendaJenis baris 10, kolom Kode: Kode "[RT]" tidak boleh memuat [ ] atau baris baru.',
      // The seeded reminder for Upacara now names a type that was skipped.
      'AgendaPengingat baris 4, kolom Jenis: Jenis kegiatan "Upacara" tidak ada di sheet AgendaJenis; isi nama jenis kegiatan, atau * / Semua untuk semua jenis.',
    ]);
    expect(conventions.activityTypes).toEqual([
      {
        name: 'Rapat',
        code: 'RAPAT',
        colorId: '7',
        bufferBefore: 15,
        bufferAfter: 10,
        checklist: ['Bahan rapat diterima', 'Lokasi dikonfirmasi', 'Transportasi siap'],
      },
      // Blank code, buffers: the name in capitals, no buffer.
      {
        name: 'Kunjungan Kerja',
        code: 'KUNJUNGAN KERJA',
        colorId: '10',
        bufferBefore: 0,
        bufferAfter: 0,
        checklist: [],
      },
      // Blank colour: graphite. A repeated checklist line is one item.
      {
        name: 'Pelantikan',
        code: 'LANTIK',
        colorId: '8',
        bufferBefore: 20,
        bufferAfter: 20,
        checklist: ['Lokasi dikonfirmasi'],
      },
    ]);
  });

  it.each([
    ['1', '1'],
    [7, '7'],
    [' 10 ', '10'],
    ['Lavender', '1'],
    ['GRAPE', '3'],
    ['Peacock', '7'],
    ['Merah Tomat', '11'],
    ['merah-tomat', '11'],
    ['tomat', '11'],
    ['Abu-abu Grafit', '8'],
    ['abu abu', '8'],
    ['Kemangi', '10'],
    ['Basil', '10'],
    ['jingga', '6'],
    ['#d50000', '11'],
  ])('accepts the colour %p as colorId %p', (cell, id) => {
    expect(readColor(cell)).toBe(id);
  });

  it.each([['ungu muda'], ['biru'], ['hijau'], ['12'], [0], [7.5], [''], [true]])(
    'rejects the colour %p (ambiguous or out of range)',
    (cell) => {
      expect(readColor(cell)).toBeNull();
    },
  );

  it('offers the eleven Calendar colours with Indonesian labels for a dropdown', () => {
    expect(EVENT_COLOR_CHOICES.map((c) => c.id)).toEqual(
      Array.from({ length: 11 }, (_, i) => String(i + 1)),
    );
    expect(new Set(EVENT_COLOR_CHOICES.map((c) => c.label)).size).toBe(11);
    expect(EVENT_COLOR_CHOICES.every((c) => /^#[0-9a-f]{6}$/.test(c.hex))).toBe(true);
    expect(colorLabel('11')).toBe('Merah Tomat');
    expect(colorLabel('4')).toBe('Merah Muda Flamingo');
    expect(colorLabel('99')).toBe('99');
  });
});

describe('AgendaPengingat', () => {
  it('reads "*" and "Semua" as every type, and reports unknown types and recipients', () => {
    const { conventions, problems } = read(
      withSheet('AgendaPengingat', [
        /* 2 */ ['*', 1440, 'pimpinan, ajudan, penanggung jawab'],
        /* 3 */ ['Semua', '60', 'Ajudan; Operator Protokol'],
        /* 4 */ ['upacara', 180, 'koordinator, Protokol@BangkaKab.go.id, PJ'],
        /* 5 */ ['Pawai', 30, 'ajudan'],
        /* 6 */ ['Rapat', '-5', 'ajudan'],
        /* 7 */ ['Rapat', 30, 'ajudan, sopir'],
        /* 8 */ ['', 30, 'ajudan'],
        /* 9 */ ['Rapat', 0, ''],
      ]),
    );
    expect(problems.map(describeSettingsProblem)).toEqual([
      'AgendaPengingat baris 5, kolom Jenis: Jenis kegiatan "Pawai" tidak ada di sheet AgendaJenis; isi nama jenis kegiatan, atau * / Semua untuk semua jenis.',
      'AgendaPengingat baris 6, kolom Menit Sebelum: Menit Sebelum harus bilangan bulat ≥ 0 (0 = saat acara mulai), bukan "-5".',
      'AgendaPengingat baris 7, kolom Penerima: Penerima "sopir" tidak dikenal; isi pimpinan, ajudan, penanggung jawab, operator, koordinator, tamu, atau alamat email.',
      'AgendaPengingat baris 8, kolom Jenis: Jenis wajib diisi; isi nama jenis kegiatan, atau * / Semua untuk semua jenis.',
      'AgendaPengingat baris 9, kolom Penerima: Penerima wajib diisi: pimpinan, ajudan, penanggung jawab, operator, koordinator, tamu, atau alamat email.',
    ]);
    const everyType = [
      {
        activityType: '*',
        minutesBefore: 1440,
        recipients: ['pimpinan', 'ajudan', 'penanggungJawab'],
      },
      { activityType: '*', minutesBefore: 60, recipients: ['ajudan', 'operator'] },
    ];
    const ceremony = {
      activityType: 'Upacara',
      minutesBefore: 180,
      recipients: ['koordinator', { email: 'protokol@bangkakab.go.id' }, 'penanggungJawab'],
    };
    expect(conventions.reminders).toEqual([...everyType, ceremony]);
    expect(remindersFor(conventions, 'UPACARA')).toEqual([...everyType, ceremony]);
    expect(remindersFor(conventions, 'Rapat')).toEqual(everyType);
  });
});

describe('AgendaWaktuTempuh', () => {
  it('keeps one spelling per kecamatan, an explicit way back, and reports repeats', () => {
    const { conventions, problems } = read(
      withSheet('AgendaWaktuTempuh', [
        /* 2 */ ['Sungailiat', 'Belinyu', 75],
        /* 3 */ ['belinyu', 'sungailiat', '80'],
        /* 4 */ ['Sungailiat', 'BELINYU', 70],
        /* 5 */ ['', 'Pemali', 15],
        /* 6 */ ['Pemali', 'Bakam', 'setengah jam'],
        /* 7 */ ['Pemali', 'Pemali', 10],
      ]),
    );
    expect(problems.map(describeSettingsProblem)).toEqual([
      'AgendaWaktuTempuh baris 4, kolom Ke: Waktu tempuh Sungailiat → BELINYU sudah diisi di baris 2; baris ini diabaikan.',
      'AgendaWaktuTempuh baris 5, kolom Dari: Dari wajib diisi dengan nama kecamatan.',
      'AgendaWaktuTempuh baris 6, kolom Menit: Menit harus bilangan bulat ≥ 0, bukan "setengah jam".',
    ]);
    expect(conventions.travel).toEqual({
      Sungailiat: { Belinyu: 75 },
      Belinyu: { Sungailiat: 80 },
      Pemali: { Pemali: 10 },
    });
  });
});

describe('AgendaPengaturan', () => {
  it('applies good keys, keeps the default for a bad one and says which default', () => {
    const { conventions, problems } = read(
      withSheet('AgendaPengaturan', [
        /* 2 */ ['format.judul', '{kegiatan} ({penyelenggara})', ''],
        /* 3 */ ['format.lokasi', '{tempat} {kota}', ''],
        /* 4 */ ['SLA.diajukan', '1,5', ''],
        /* 5 */ ['sla.DIVERIFIKASI', '', 'tanpa batas'],
        /* 6 */ ['sla.DIJADWALKAN', 'dua hari', ''],
        /* 7 */ ['wajib.DIJADWALKAN', 'Penanggung Jawab, surat undangan; tamu', ''],
        /* 8 */ ['wajib.DIPUBLIKASIKAN', '', ''],
        /* 9 */ ['wajib.DIVERIFIKASI', 'foto', ''],
        /* 10 */ ['eskalasi', 'Kabag.Protokol@bangkakab.go.id, sekda@bangkakab.go.id', ''],
        /* 11 */ ['Blok Hari Libur', 'keras', ''],
        /* 12 */ ['blok.salat_jumat', 'kadang', ''],
        /* 13 */ ['ceklis.jam', '14.00', ''],
        /* 14 */ ['ceklis.jam', 9, ''],
        /* 15 */ ['warna.rapat', 'merah', ''],
        /* 16 */ ['', '', 'Catatan: ubah hanya kolom Nilai'],
        /* 17 */ ['wajib.DITOLAK', 'dokumen', ''],
        /* 18 */ ['', 'keras', ''],
      ]),
    );
    expect(problemsIn('AgendaPengaturan', problems).map((p) => [p.row, p.column])).toEqual([
      [3, 'Nilai'],
      [6, 'Nilai'],
      [9, 'Nilai'],
      [12, 'Nilai'],
      [14, 'Kunci'],
      [15, 'Kunci'],
      [17, 'Kunci'],
      [18, 'Kunci'],
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'format.lokasi: isian {kota} tidak dikenal; pakai {tempat}, {desa}, {kecamatan}; dipakai nilai bawaan "{tempat}, {desa}, Kec. {kecamatan}"',
      'sla.DIJADWALKAN: isi jumlah jam kerja lebih dari 0, bukan "dua hari"; dipakai nilai bawaan "16"',
      'wajib.DIVERIFIKASI: "foto" tidak dikenal; pilih dari: penanggung jawab, kontak, dokumen, surat undangan, tamu, lokasi lengkap; dipakai nilai bawaan "penanggung jawab, kontak, lokasi lengkap"',
      'blok.salat_jumat: isi "keras", "lunak", atau "abaikan", bukan "kadang"; dipakai nilai bawaan "keras"',
      'Kunci ceklis.jam sudah ada di baris 13; baris ini diabaikan',
      expect.stringMatching(
        /^Kunci "warna\.rapat" tidak dikenal; kunci yang dikenal: format\.judul, /,
      ),
      expect.stringMatching(/^Kunci "wajib\.DITOLAK" tidak dikenal; .*wajib\.<DIVERIFIKASI\|/),
      expect.stringMatching(/^Kunci wajib diisi bila Nilai diisi/),
    ]);
    expect(conventions).toEqual({
      ...DEFAULT_CONVENTIONS,
      titleFormat: '{kegiatan} ({penyelenggara})',
      slaHours: { DIAJUKAN: 1.5, DIJADWALKAN: 16, DIKONFIRMASI: 4 },
      requiredByStage: {
        DIVERIFIKASI: ['penanggungJawab', 'kontak', 'lokasiLengkap'],
        DIJADWALKAN: ['penanggungJawab', 'suratUndangan', 'tamu'],
      },
      escalation: ['kabag.protokol@bangkakab.go.id', 'sekda@bangkakab.go.id'],
      holidayBlock: 'keras',
      checklistFlagHour: 14,
    });
  });

  it.each([
    ['[{jenis}] {penyelenggara}', 'format harus memuat {kegiatan}'],
    ['{jenis} {kegiatan}', 'di antara {jenis} dan {kegiatan} harus ada pemisah, misalnya " — "'],
    ['{kegiatan} — {kegiatan}', '{kegiatan} hanya boleh muncul sekali'],
    ['', 'format wajib diisi'],
  ])('rejects the title format %p: %s', (format, why) => {
    const { conventions, problems } = read(
      withSheet('AgendaPengaturan', [['format.judul', format, '']]),
    );
    expect(conventions.titleFormat).toBe(DEFAULT_CONVENTIONS.titleFormat);
    expect(problems).toEqual([
      {
        sheet: 'AgendaPengaturan',
        row: 2,
        column: 'Nilai',
        message: `format.judul: ${why}; dipakai nilai bawaan "[{jenis}] {kegiatan} — {penyelenggara}"`,
      },
    ]);
  });

  it.each([[24], ['14:30'], ['jam dua'], [-1]])('rejects %p as the checklist hour', (hour) => {
    const { conventions, problems } = read(
      withSheet('AgendaPengaturan', [['ceklis.jam', hour, '']]),
    );
    expect(conventions.checklistFlagHour).toBe(DEFAULT_CONVENTIONS.checklistFlagHour);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[2, 'Nilai']]);
    expect(problems[0]?.message).toMatch(/isi jam bulat 0–23/);
  });

  it('keeps the default of a key that has no row', () => {
    const { conventions, problems } = read(
      withSheet('AgendaPengaturan', [['blok.hari_libur', 'abaikan', '']]),
    );
    expect(problems).toEqual([]);
    expect(conventions).toEqual({ ...DEFAULT_CONVENTIONS, holidayBlock: 'abaikan' });
  });
});

describe('missing sheets and columns', () => {
  it('uses the defaults for a missing sheet and says so once', () => {
    const tables = seededTables();
    tables.delete('AgendaJenis');
    const { conventions, problems } = read(tables);
    expect(conventions.activityTypes).toEqual(DEFAULT_CONVENTIONS.activityTypes);
    expect(problems).toEqual([
      {
        sheet: 'AgendaJenis',
        row: 1,
        column: '',
        message: expect.stringMatching(
          /tidak ditemukan atau baris judulnya kosong; dipakai pengaturan bawaan/,
        ),
      },
    ]);
    expect(describeSettingsProblem(problems[0] as SettingsProblem)).toMatch(
      /^AgendaJenis: sheet ini tidak ditemukan/,
    );
  });

  it('treats a sheet with an empty header row as missing: one problem, not one per column', () => {
    const { conventions, problems } = read(withSheet('AgendaPengaturan', [], []));
    expect(conventions).toEqual(DEFAULT_CONVENTIONS);
    expect(problems.map((p) => [p.sheet, p.row, p.column])).toEqual([['AgendaPengaturan', 1, '']]);
  });

  it('uses the defaults for a sheet without a required column', () => {
    const { conventions, problems } = read(
      withSheet('AgendaPimpinan', [['Kepala Dinas', '', '', 'Ya']], ['Name', 'Email']),
    );
    expect(conventions.leaders).toEqual(DEFAULT_CONVENTIONS.leaders);
    expect(problems.map((p) => [p.sheet, p.row, p.column])).toEqual([
      ['AgendaPimpinan', 1, 'Nama'],
    ]);
  });

  it('reads a missing optional column as blank, and reports it', () => {
    const { conventions, problems } = read(
      withSheet(
        'AgendaJenis',
        [['Rapat', 'RAPAT', 'Tomato', 5, 5]],
        headersOf('AgendaJenis').slice(0, 5),
      ),
    );
    expect(conventions.activityTypes.map((t) => [t.name, t.checklist])).toEqual([['Rapat', []]]);
    expect(problemsIn('AgendaJenis', problems).map((p) => [p.row, p.column])).toEqual([
      [1, 'Ceklis'],
    ]);
  });

  it('finds columns by name in any order and case, with or without "(menit)"', () => {
    const { conventions, problems } = read(
      withSheet(
        'AgendaJenis',
        [['', 10, 5, 'Tomat', 'rapat', 'Rapat']],
        ['ceklis', 'JEDA SESUDAH', 'jeda sebelum', 'Warna', 'kode', 'Jenis'],
      ),
    );
    expect(problemsIn('AgendaJenis', problems)).toEqual([]);
    expect(conventions.activityTypes).toEqual([
      {
        name: 'Rapat',
        code: 'rapat',
        colorId: '11',
        bufferBefore: 5,
        bufferAfter: 10,
        checklist: [],
      },
    ]);
  });

  it('drops default reminders for a default type the admin removed', () => {
    const tables = withSheet('AgendaJenis', [['Rapat', 'RAPAT', '7', 0, 0, '']]);
    tables.delete('AgendaPengingat');
    const { conventions } = read(tables);
    expect(conventions.reminders.map((r) => r.activityType)).toEqual(['*', '*']);
  });
});

const item = (overrides: Partial<AgendaItem> = {}): AgendaItem => ({
  id: 'A1',
  title: 'Peresmian Pasar Baru',
  activityType: 'Peresmian',
  start: Date.parse('2026-03-02T01:00:00Z'),
  end: Date.parse('2026-03-02T03:00:00Z'),
  location: { venue: 'Pasar Baru', desa: 'Sungailiat', kecamatan: 'Sungailiat' },
  unit: 'Dinas Perdagangan',
  pic: { name: 'Budi', phone: '081234567890', email: 'budi@bangkakab.go.id' },
  leaders: ['Bupati'],
  invitation: null,
  documents: [],
  guests: [],
  notes: '',
  status: 'DIVERIFIKASI',
  ...overrides,
});

describe('derived helpers', () => {
  const c = DEFAULT_CONVENTIONS;

  it('turns buffers and travel into clash rules', () => {
    const MIN = 60_000;
    const at = (hhmm: string) => Date.parse(`2026-03-02T${hhmm}:00+07:00`);
    const timed = (id: string, from: string, to: string, extra: Partial<TimedItem>): TimedItem => ({
      id,
      start: at(from),
      end: at(to),
      leaders: ['Bupati'],
      ...extra,
    });
    const rules = toClashRules(c);
    // Belinyu → Sungailiat is given one way only (75 min): 30 minutes is too short both ways.
    const travel = findClashes(
      [
        timed('a', '08:00', '09:00', { kecamatan: 'Belinyu' }),
        timed('b', '09:30', '10:00', { kecamatan: 'Sungailiat' }),
      ],
      rules,
    );
    expect(travel.map((x) => [x.kind, (x.end - x.start) / MIN])).toEqual([['travel', 30]]);
    // Two meetings in one place: 15 after + 15 before > 20 minutes apart.
    const buffer = findClashes(
      [
        timed('a', '08:00', '09:00', { kecamatan: 'Pemali', activityType: 'Rapat' }),
        timed('b', '09:20', '10:00', { kecamatan: 'Pemali', activityType: 'Rapat' }),
      ],
      rules,
    );
    expect(buffer.map((x) => x.kind)).toEqual(['buffer']);
  });

  it('gives the request form the configured leaders and types', () => {
    const settings = requestSettingsOf(c);
    expect(settings).toEqual({
      leaders: ['Bupati', 'Wakil Bupati', 'Sekretaris Daerah'],
      activityTypes: [
        'Rapat',
        'Peresmian',
        'Kunjungan Kerja',
        'Upacara',
        'Audiensi',
        'Acara Kemasyarakatan',
      ],
    });
    const requested = readAgendaRequest(
      {
        title: 'Kunker ke Belinyu',
        activityType: 'kunjungan kerja',
        start: '2026-03-02 08:00',
        end: '2026-03-02 12:00',
        venue: 'Pelabuhan',
        desa: 'Belinyu',
        kecamatan: 'Belinyu',
        unit: 'Dinas Perhubungan',
        picName: 'Sari',
        picPhone: '081234567890',
        picEmail: 'sari@bangkakab.go.id',
        leaders: 'wakil bupati',
      },
      settings,
    );
    expect([requested.activityType, requested.leaders]).toEqual([
      'Kunjungan Kerja',
      ['Wakil Bupati'],
    ]);
  });

  it('finds the leaders an address is the aide of, ignoring case', () => {
    const withAides: AgendaConventions = {
      ...c,
      leaders: [
        { name: 'Bupati', email: '', aides: ['ajudan1@bangkakab.go.id'], fridayPrayer: true },
        {
          name: 'Wakil Bupati',
          email: '',
          aides: ['ajudan1@bangkakab.go.id', 'ajudan2@bangkakab.go.id'],
          fridayPrayer: true,
        },
      ],
    };
    expect(leaderNamesForAide(withAides, ' Ajudan1@BangkaKab.go.id ')).toEqual([
      'Bupati',
      'Wakil Bupati',
    ]);
    expect(leaderNamesForAide(withAides, 'ajudan2@bangkakab.go.id')).toEqual(['Wakil Bupati']);
    expect(leaderNamesForAide(withAides, 'orang@lain.id')).toEqual([]);
    expect(leaderNamesForAide(withAides, '')).toEqual([]);
  });

  it('gives checklists per type and SLA hours per waiting stage', () => {
    expect(checklistFor(c, 'peresmian')).toContain('Sambutan disiapkan');
    expect(checklistFor(c, 'Tidak Ada')).toEqual([]);
    expect(slaHoursFor(c, 'DIAJUKAN')).toBe(8);
    expect(slaHoursFor(c, 'DIJADWALKAN')).toBe(16);
    expect(slaHoursFor(c, 'DIPUBLIKASIKAN')).toBeNull();
    expect(slaHoursFor({ ...c, slaHours: {} }, 'DIAJUKAN')).toBeNull();
  });

  it('lists the metadata an item lacks for the stage it is moving to', () => {
    const bare = item();
    expect(missingMetadata(c, bare, 'DIVERIFIKASI')).toEqual([]);
    expect(missingMetadata(c, bare, 'DIJADWALKAN')).toEqual([
      { field: 'dokumen', label: 'Dokumen pendukung (minimal satu tautan)' },
    ]);
    expect(
      missingMetadata(c, item({ documents: ['https://drive.google.com/file/d/x'] }), 'DIJADWALKAN'),
    ).toEqual([]);
    expect(
      missingMetadata(
        c,
        item({ location: { venue: 'Pendopo', desa: ' ', kecamatan: 'Sungailiat' } }),
        'DIPUBLIKASIKAN',
      ).map((m) => m.field),
    ).toEqual(['lokasiLengkap']);
    expect(missingMetadata(c, bare, 'DIBATALKAN')).toEqual([]);

    const strict: AgendaConventions = {
      ...c,
      requiredByStage: {
        DIKONFIRMASI: ['penanggungJawab', 'kontak', 'suratUndangan', 'tamu'],
      },
    };
    expect(
      missingMetadata(
        strict,
        item({
          pic: { name: '', phone: '', email: 'budi@bangkakab.go.id' },
          invitation: { number: '005/1/Prot', date: '' },
          guests: ['Camat Sungailiat'],
        }),
        'DIKONFIRMASI',
      ),
    ).toEqual([
      { field: 'penanggungJawab', label: 'Nama penanggung jawab' },
      { field: 'kontak', label: 'Telepon dan email penanggung jawab' },
      { field: 'suratUndangan', label: 'Nomor dan tanggal surat undangan' },
    ]);
  });
});

describe('event title and location', () => {
  const c = DEFAULT_CONVENTIONS;

  it('formats the title with the type code and the location with its parts', () => {
    expect(
      formatTitle(c, { title: 'Rapat Koordinasi', activityType: 'rapat', unit: 'Bappeda' }),
    ).toBe('[RAPAT] Rapat Koordinasi — Bappeda');
    expect(formatTitle(c, { title: 'Kunker', activityType: 'Kunjungan Kerja', unit: '' })).toBe(
      '[KUNKER] Kunker',
    );
    expect(
      formatLocation(c, { venue: 'Pendopo', desa: 'Parit Padang', kecamatan: 'Sungailiat' }),
    ).toBe('Pendopo, Parit Padang, Kec. Sungailiat');
    expect(formatLocation(c, { venue: 'Pendopo', desa: '', kecamatan: 'Sungailiat' })).toBe(
      'Pendopo, Kec. Sungailiat',
    );
    expect(formatLocation(c, { venue: 'Pendopo', desa: 'Parit Padang', kecamatan: '' })).toBe(
      'Pendopo, Parit Padang',
    );
  });

  it.each([
    [
      '[RAPAT] Rapat Koordinasi — Bappeda',
      { title: 'Rapat Koordinasi', activityCode: 'RAPAT', unit: 'Bappeda' },
    ],
    ['Rapat Koordinasi (tanpa format)', { title: 'Rapat Koordinasi (tanpa format)' }],
    [
      ' [rapat]Rapat Pra-Musrenbang - Bappeda ',
      { title: 'Rapat Pra-Musrenbang', activityCode: 'RAPAT', unit: 'Bappeda' },
    ],
    [
      '[KUNKER] Musrenbang — Tahap II — Bappeda',
      { title: 'Musrenbang — Tahap II', activityCode: 'KUNKER', unit: 'Bappeda' },
    ],
    ['[UPACARA] HUT Kabupaten', { title: 'HUT Kabupaten', activityCode: 'UPACARA' }],
    // Without the unit, only a known code shows the title was made by us.
    ['[Penting] HUT Kabupaten', { title: '[Penting] HUT Kabupaten' }],
    ['Musrenbang — Tahap II', { title: 'Musrenbang — Tahap II' }],
    ['   ', { title: '' }],
  ])('reads the hand-edited summary %p', (summary, parsed) => {
    expect(parseTitle(c, summary)).toEqual(parsed);
  });

  const plain = (forbidden: RegExp) =>
    fc
      .string({ minLength: 1, maxLength: 30 })
      .filter((s) => s.trim() === s && s !== '' && !forbidden.test(s));

  it.each([
    ['[{jenis}] {kegiatan} — {penyelenggara}', /[[\]\-–—]/],
    ['{kegiatan} ({penyelenggara})', /[()]/],
    ['{penyelenggara}: {kegiatan} [{jenis}]', /[:[\]]/],
  ])('parses back what it formats with %p', (titleFormat, separators) => {
    const conventions = { ...c, titleFormat };
    fc.assert(
      fc.property(
        plain(separators),
        plain(separators),
        fc.constantFrom(...c.activityTypes),
        (title, unit, type) => {
          const summary = formatTitle(conventions, { title, activityType: type.name, unit });
          const parsed = parseTitle(conventions, summary);
          expect(parsed.title).toBe(title);
          expect(parsed.unit).toBe(unit);
          if (titleFormat.includes('{jenis}')) expect(parsed.activityCode).toBe(type.code);
        },
      ),
    );
  });
});

describe('reading whatever is in the cells', () => {
  const anything = fc.anything({
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
  });
  const words = fc.constantFrom(
    'Ya',
    'Tidak',
    '*',
    'Semua',
    'Rapat',
    'Upacara',
    'Tomato',
    '11',
    'ajudan, pimpinan',
    'a@b.id',
    'sla.DIAJUKAN',
    'wajib.DIJADWALKAN',
    'format.judul',
    'format.lokasi',
    'ceklis.jam',
    'blok.hari_libur',
    '[{jenis}] {kegiatan}',
    '{kegiatan} — {penyelenggara}',
    'keras',
    '__proto__',
    'constructor',
  );
  const cell = fc.oneof(
    words,
    fc.string(),
    fc.integer({ min: -5, max: 2000 }),
    fc.double(),
    fc.boolean(),
    fc.date({ noInvalidDate: false }),
    fc.constant(null),
    fc.constant(undefined),
    anything,
  );
  const table = (headers: readonly string[]) =>
    fc.oneof(
      fc.record({
        header: fc.oneof(
          fc.constant([...headers]),
          fc.shuffledSubarray([...headers]),
          fc.array(cell, { maxLength: 7 }),
        ),
        rows: fc.array(fc.oneof(fc.array(cell, { maxLength: 8 }), anything), { maxLength: 6 }),
      }),
      anything,
    );
  const tables = fc
    .tuple(...AGENDA_SETTINGS_TABLES.map((t) => fc.option(table(t.headers), { nil: undefined })))
    .map(
      (sheets) =>
        new Map(
          sheets.flatMap((sheet, i) =>
            sheet === undefined ? [] : [[AGENDA_SETTINGS_TABLES[i]?.name ?? '', sheet] as const],
          ),
        ),
    );

  it('never throws, always gives usable conventions, and points every problem at a sheet row', () => {
    const names = AGENDA_SETTINGS_TABLES.map((t) => t.name);
    fc.assert(
      fc.property(tables, (input) => {
        const { conventions, problems } = readAgendaConventions(input as never);
        for (const p of problems) {
          expect(names).toContain(p.sheet);
          expect(Number.isInteger(p.row) && p.row >= 1).toBe(true);
          expect(typeof p.column).toBe('string');
          expect(p.message.length).toBeGreaterThan(0);
        }
        // Usable downstream: the clash rules compile, titles format and parse.
        const type = conventions.activityTypes[0]?.name ?? 'Rapat';
        findClashes(
          [
            {
              id: 'a',
              start: 0,
              end: 60_000,
              leaders: ['X'],
              kecamatan: 'Sungailiat',
              activityType: type,
            },
            {
              id: 'b',
              start: 90_000,
              end: 120_000,
              leaders: ['X'],
              kecamatan: 'Belinyu',
              activityType: type,
            },
          ],
          toClashRules(conventions),
        );
        const summary = formatTitle(conventions, {
          title: 'Rapat Koordinasi',
          activityType: type,
          unit: 'Bappeda',
        });
        expect(typeof parseTitle(conventions, summary).title).toBe('string');
        expect(Number.isInteger(conventions.checklistFlagHour)).toBe(true);
        expect(conventions.checklistFlagHour >= 0 && conventions.checklistFlagHour <= 23).toBe(
          true,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('does not throw on input that is not a map of sheets at all', () => {
    fc.assert(
      fc.property(anything, (input) => {
        const { conventions } = readAgendaConventions(input as never);
        expect(conventions.leaders).toEqual(DEFAULT_CONVENTIONS.leaders);
      }),
    );
  });
});
