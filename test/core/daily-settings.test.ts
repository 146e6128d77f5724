import { type DailyUnit, DEFAULT_DAILY_CONFIG } from '../../src/core/daily/config';
import { type ParseResult, parseDailyReport } from '../../src/core/daily/parse/index';
import { readDailySettings, type SheetInput } from '../../src/core/daily/settings/read';
import { dailySettingsRows } from '../../src/core/daily/settings/seed';
import { DAILY_SECTIONS_TABLE, DAILY_SETTINGS_TABLE } from '../../src/core/daily/settings/tables';
import { DAILY_SEED_ROWS, DAILY_TABLES } from '../../src/core/daily/tables';
import { describeSheetProblem } from '../../src/core/data/sheet-rows';

const UNITS: DailyUnit[] = [
  { code: 'DINKES', name: 'Dinas Kesehatan', aliases: ['Dinkes'], members: ['sari@bangka.go.id'] },
];

/** A cell as Sheets gives it back: a leading apostrophe only keeps the text literal. */
const asSheets = (cell: unknown) =>
  typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell;

const seeded = (sheet: string): unknown[][] =>
  (dailySettingsRows().get(sheet) ?? []).map((row) => row.map(asSheets));

interface Sheets {
  settings?: SheetInput;
  sections?: SheetInput;
}

function read(sheets: Sheets = {}) {
  const result = readDailySettings({
    settings: sheets.settings ?? {
      header: DAILY_SETTINGS_TABLE.headers,
      rows: seeded(DAILY_SETTINGS_TABLE.name),
    },
    sections: sheets.sections ?? {
      header: DAILY_SECTIONS_TABLE.headers,
      rows: seeded(DAILY_SECTIONS_TABLE.name),
    },
    units: UNITS,
  });
  return { ...result.settings, problems: result.problems.map(describeSheetProblem) };
}

/** The seeded LenteraPengaturan with the Nilai of some keys replaced. */
function withValues(values: Record<string, unknown>): Sheets {
  const rows = seeded(DAILY_SETTINGS_TABLE.name).map(([key, value, note]) => [
    key,
    String(key) in values ? values[String(key)] : value,
    note,
  ]);
  return { settings: { header: DAILY_SETTINGS_TABLE.headers, rows } };
}

const sections = (rows: unknown[][]): Sheets => ({
  sections: { header: DAILY_SECTIONS_TABLE.headers, rows },
});

/**
 * A time typed into a cell: Sheets gives a Date on 30 December 1899 at that time in the
 * spreadsheet's zone, where Jakarta's offset was then +07:07:12 (local mean time).
 */
const timeCell = (hours: number, minutes: number) =>
  new Date(Date.UTC(1899, 11, 30, hours, minutes) - (7 * 3600 + 7 * 60 + 12) * 1000);

const REPORT_TEXT = 'Uraian Kegiatan:\nRapat koordinasi SPBE.\n\nPrioritas: Sedang';

function parse(text: string, subject = '[LAPORAN HARIAN] Dinas Kesehatan — 21 Desember 2026') {
  return (config: typeof DEFAULT_DAILY_CONFIG): ParseResult =>
    parseDailyReport(
      {
        messageId: 'm1',
        from: 'sari@bangka.go.id',
        to: ['koordinator@bangka.go.id'],
        cc: [],
        subject,
        receivedAt: Date.parse('2026-12-21T08:00:00+07:00'),
        text,
      },
      config,
    );
}

describe('LENTERA settings sheets', () => {
  it('setup registers both sheets and seeds them with rows that read back as the defaults', () => {
    const names = DAILY_TABLES.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['LenteraPengaturan', 'LenteraBagian']));
    expect(DAILY_SEED_ROWS.get('LenteraPengaturan')).toEqual(
      dailySettingsRows().get('LenteraPengaturan'),
    );
    const settings = read();
    expect(settings.problems).toEqual([]);
    expect(settings.config).toEqual({ ...DEFAULT_DAILY_CONFIG, units: UNITS });
    expect(settings).toMatchObject({
      escalateAfter: 2,
      since: null,
      // Blank Jam Ringkasan: the digest goes out right after the cutoff.
      digestTime: '16:00',
      archiveAttachments: false,
      archiveFolders: ['SPBE Workspace', 'LENTERA', 'Lampiran'],
    });
  });

  it('seeds times literally, so Sheets keeps "16:00" as the admin reads it', () => {
    const cutoff = (DAILY_SEED_ROWS.get('LenteraPengaturan') ?? []).find(
      ([key]) => key === 'Batas Waktu',
    );
    expect(cutoff?.[1]).toBe("'16:00");
  });

  it('reads what the admin typed, in the forms Sheets stores it', () => {
    const settings = read(
      withValues({
        'Penanda Subjek': 'Laporan  Harian Unit',
        'Batas Waktu': timeCell(15, 30),
        Prioritas: 'Segera | Biasa',
        'Eskalasi Setelah': '3',
        'Mulai Berlaku': '04/01/2027',
        'Jam Ringkasan': '17.00',
        'Arsipkan Lampiran': 'ya',
        'Folder Arsip': ' Arsip / LENTERA ',
      }),
    );
    expect(settings.problems).toEqual([]);
    expect(settings.config).toMatchObject({
      subjectTag: 'Laporan Harian Unit',
      cutoff: '15:30',
      priorities: ['Segera', 'Biasa'],
    });
    expect(settings).toMatchObject({
      escalateAfter: 3,
      since: '2027-01-04',
      digestTime: '17:00',
      archiveAttachments: true,
      archiveFolders: ['Arsip', 'LENTERA'],
    });
  });

  it('keeps the default of each bad value, names its cell, and still applies the good ones', () => {
    const settings = read(
      withValues({
        'Penanda Subjek': '[LAPORAN]',
        'Batas Waktu': '25:00',
        Prioritas: 'Tinggi, tinggi',
        'Eskalasi Setelah': 0,
        'Mulai Berlaku': '31/02/2027',
        'Jam Ringkasan': 'sore',
        'Arsipkan Lampiran': 'mungkin',
        'Folder Arsip': ' / ',
      }),
    );
    expect(settings.config).toMatchObject({
      subjectTag: 'LAPORAN HARIAN',
      cutoff: '16:00',
      priorities: ['Tinggi', 'Sedang', 'Rendah'],
    });
    expect(settings).toMatchObject({
      escalateAfter: 2,
      since: null,
      digestTime: '16:00',
      archiveAttachments: false,
      archiveFolders: ['SPBE Workspace', 'LENTERA', 'Lampiran'],
    });
    expect(settings.problems).toEqual([
      'LenteraPengaturan baris 2, kolom Nilai: Penanda Subjek: "[LAPORAN]" memuat tanda [ ] atau "; tulis tanpa tanda itu; dipakai nilai bawaan "LAPORAN HARIAN".',
      'LenteraPengaturan baris 3, kolom Nilai: Batas Waktu: "25:00" bukan jam; tulis jam:menit, mis. 16:00; dipakai nilai bawaan "16:00".',
      'LenteraPengaturan baris 4, kolom Nilai: Prioritas: prioritas "tinggi" tercantum dua kali; dipakai nilai bawaan "Tinggi, Sedang, Rendah".',
      'LenteraPengaturan baris 5, kolom Nilai: Eskalasi Setelah: isi bilangan bulat 1–20, bukan "0"; dipakai nilai bawaan "2".',
      expect.stringMatching(
        /^LenteraPengaturan baris 6, kolom Nilai: Mulai Berlaku: "31\/02\/2027" .*; dipakai nilai bawaan kosong\.$/,
      ),
      'LenteraPengaturan baris 7, kolom Nilai: Jam Ringkasan: "sore" bukan jam; tulis jam:menit, mis. 16:00; dipakai nilai bawaan kosong.',
      'LenteraPengaturan baris 8, kolom Nilai: Arsipkan Lampiran: isi Ya atau Tidak, bukan "mungkin"; dipakai nilai bawaan "Tidak".',
      'LenteraPengaturan baris 9, kolom Nilai: Folder Arsip: isi nama folder, bertingkat dengan tanda /, mis. SPBE Workspace/LENTERA/Lampiran; dipakai nilai bawaan "SPBE Workspace/LENTERA/Lampiran".',
    ]);
  });

  it('follows a changed cutoff into the digest time when Jam Ringkasan is blank', () => {
    expect(read(withValues({ 'Batas Waktu': '15:00' })).digestTime).toBe('15:00');
  });

  it('reports unknown, repeated and key-less rows; the first row of a key wins; notes are ignored', () => {
    const settings = read({
      settings: {
        header: ['Nilai', 'Kunci', 'Keterangan', 'Catatan admin'],
        rows: [
          ['17:00', 'batas_waktu', '', ''],
          ['15:00', 'Batas Waktu', '', 'ditambahkan belakangan'],
          ['3', 'Eskalasi', '', ''],
          ['Ya', '', '', ''],
          ['', '', 'Catatan: ubah hanya kolom Nilai', ''],
        ],
      },
    });
    expect(settings.config.cutoff).toBe('17:00');
    expect(settings.escalateAfter).toBe(2);
    expect(settings.problems).toEqual([
      'LenteraPengaturan baris 3, kolom Kunci: Kunci Batas Waktu sudah ada di baris 2; baris ini diabaikan.',
      expect.stringContaining(
        'LenteraPengaturan baris 4, kolom Kunci: Kunci "Eskalasi" tidak dikenal; kunci yang dikenal: Penanda Subjek, Batas Waktu,',
      ),
      expect.stringContaining(
        'LenteraPengaturan baris 5, kolom Kunci: Kunci wajib diisi bila Nilai diisi',
      ),
    ]);
  });

  it('uses the defaults for a missing sheet or a sheet without its Nilai column, and says so', () => {
    const missing = read({
      settings: { header: [], rows: [] },
      sections: { header: [], rows: [] },
    });
    expect(missing.config).toEqual({ ...DEFAULT_DAILY_CONFIG, units: UNITS });
    expect(missing.problems).toEqual([
      'LenteraPengaturan: baris judul kosong atau sheet tidak ditemukan; jalankan Setup lagi.',
      'LenteraBagian: baris judul kosong atau sheet tidak ditemukan; jalankan Setup lagi.',
    ]);
    const noValue = read({
      settings: { header: ['Kunci', 'Keterangan'], rows: [['Batas Waktu', '15:00']] },
    });
    expect(noValue.config.cutoff).toBe('16:00');
    expect(noValue.problems).toContain(
      'LenteraPengaturan baris 1, kolom Nilai: kolom Nilai tidak ada di baris judul; isi sheet ini tidak dapat dibaca.',
    );
  });
});

describe('LENTERA report sections (LenteraBagian)', () => {
  it('an alias and a required flag the admin adds change what a report must have', () => {
    const before = read();
    // By default "Uraian Kegiatan" is no known heading, so the required Ringkasan is missing.
    expect(parse(REPORT_TEXT)(before.config).ok).toBe(false);
    const after = read(
      sections([
        ['Ringkasan', 'Ya', 'Uraian Kegiatan; Ringkasan Harian'],
        ['Kendala', 'Tidak', ''],
        ['Capaian', 'Ya', ''],
      ]),
    );
    expect(after.problems).toEqual([]);
    expect(after.config.sections.map((s) => s.name)).toEqual(['Ringkasan', 'Kendala', 'Capaian']);
    const result = parse(REPORT_TEXT)(after.config);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.join(' ')).toContain('Capaian');
    expect(result.ok ? [] : result.problems.join(' ')).not.toContain('Ringkasan');
    const complete = parse(`${REPORT_TEXT}\n\nCapaian:\nSelesai.`)(after.config);
    expect(complete.ok && complete.report.sections).toEqual({
      Ringkasan: 'Rapat koordinasi SPBE.',
      Capaian: 'Selesai.',
    });
  });

  it('refuses a section LaporanHarian has no column for, a repeated one, and an alias of another section', () => {
    const settings = read(
      sections([
        ['Ringkasan', 'Ya', 'Hambatan'],
        ['Uraian', 'Tidak', ''],
        ['Kendala', 'Tidak', 'Hambatan; Masalah'],
        ['ringkasan', 'Tidak', ''],
        ['Capaian', 'mungkin', 'Rencana Besok; ---'],
        ['Rencana Besok', '', ''],
      ]),
    );
    expect(settings.config.sections).toEqual([
      // The first section to name a heading keeps it.
      { name: 'Ringkasan', required: true, aliases: ['Hambatan'] },
      { name: 'Kendala', required: false, aliases: ['Masalah'] },
      // A bad Wajib keeps the section's default (Capaian is optional).
      { name: 'Capaian', required: false, aliases: [] },
      // Blank Wajib = Tidak.
      { name: 'Rencana Besok', required: false, aliases: [] },
    ]);
    expect(settings.problems).toEqual([
      'LenteraBagian baris 3, kolom Bagian: "Uraian" bukan bagian yang disimpan di LaporanHarian (Ringkasan, Capaian, Kendala, Rencana Besok atau Lampiran); baris ini diabaikan. Judul lain untuk bagian yang sama ditulis di kolom Judul Lain.',
      'LenteraBagian baris 5, kolom Bagian: Ringkasan sudah ada di baris 2; baris ini diabaikan.',
      'LenteraBagian baris 6, kolom Wajib: isi Ya atau Tidak, bukan "mungkin"; dipakai nilai bawaan Tidak.',
      'LenteraBagian baris 4, kolom Judul Lain: "Hambatan" sudah dipakai bagian Ringkasan; judul ini diabaikan agar isi laporan tidak masuk ke bagian yang salah.',
      'LenteraBagian baris 6, kolom Judul Lain: "Rencana Besok" sudah dipakai bagian Rencana Besok; judul ini diabaikan agar isi laporan tidak masuk ke bagian yang salah.',
      'LenteraBagian baris 6, kolom Judul Lain: "---" tidak memuat huruf atau angka; judul ini diabaikan.',
    ]);
  });

  it('falls back to the default sections when no row is usable', () => {
    const settings = read(sections([['Catatan', 'Ya', '']]));
    expect(settings.config.sections).toEqual(DEFAULT_DAILY_CONFIG.sections);
    expect(settings.problems).toContain(
      'LenteraBagian baris 2, kolom Bagian: belum ada bagian laporan yang terbaca; dipakai bagian bawaan.',
    );
  });
});

describe('the whole configuration', () => {
  it('reports two units sharing a name against the Unit sheet', () => {
    const result = readDailySettings({
      settings: { header: DAILY_SETTINGS_TABLE.headers, rows: seeded(DAILY_SETTINGS_TABLE.name) },
      sections: { header: DAILY_SECTIONS_TABLE.headers, rows: seeded(DAILY_SECTIONS_TABLE.name) },
      units: [...UNITS, { code: 'DINKES2', name: 'Dinkes', aliases: [] }],
    });
    expect(result.problems.map(describeSheetProblem)).toEqual([
      'Unit: Nama/alias "Dinkes" dipakai oleh unit Dinas Kesehatan dan Dinkes.',
    ]);
  });
});
