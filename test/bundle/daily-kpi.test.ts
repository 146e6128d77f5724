/**
 * The LENTERA KPI job on the built bundle: the KPI Email Daily sheet shows % staff
 * configured, the average response time, official emails per working day and compliance per
 * unit, with its charts; an ended quarter's evaluation is frozen in SnapshotKPIHarian and
 * stays as it was when the data is corrected later; the problems of the staff registry and
 * the problem log reach the admin on the sheet and on the Gmail homepage.
 */
import { DAILY_KPI_HEADER_ROW } from '../../src/core/daily/kpi-sheet';
import { REPORT_LOG_TABLE, TRACKED_MAIL_TABLE } from '../../src/core/daily/tables';
import { ADMIN, loadBundle, printed, sheetsApp } from './harness';

const at = (local: string) => new Date(Date.parse(`${local}:00+07:00`));

/** A row of a table from the cells named by header. */
const rowOf = (headers: readonly string[], cells: Record<string, unknown>) =>
  headers.map((h) => cells[h] ?? '');

const report = (unit: string, day: string, received: string, late: boolean) =>
  rowOf(REPORT_LOG_TABLE.headers, {
    'Message-ID': `${unit}-${day}@bangka.go.id`,
    'Kode Unit': unit,
    'Tanggal Laporan': day,
    Diterima: at(received),
    Terlambat: late ? 'Ya' : 'Tidak',
    Status: 'DICATAT',
  });

const thread = (id: string, unit: string, received: string, replied: string) =>
  rowOf(TRACKED_MAIL_TABLE.headers, {
    'Thread ID': id,
    'Message-ID': `${id}@example.com`,
    Unit: unit,
    Kategori: 'Surat Masuk',
    Diterima: at(received),
    Dibalas: at(replied),
  });

function kpiWorkspace() {
  // Thursday 1 October 2026, 08:00 WIB: the third quarter has just ended.
  const { runtime, workspace } = loadBundle({ start: '2026-10-01T01:00:00.000Z' });
  const { spreadsheetId } = runtime.run<{ spreadsheetId: string }>('setup');
  const book = sheetsApp(workspace).openById(spreadsheetId);
  const put = (sheet: string, rows: unknown[][]) => {
    const width = Math.max(...rows.map((r) => r.length));
    book
      .getSheetByName(sheet)
      ?.getRange(2, 1, rows.length, width)
      .setValues(rows.map((r) => [...r, ...new Array(width - r.length).fill('')]));
  };
  put('Unit', [
    ['HUMAS', 'Bagian Humas', '', '', 'Ya'],
    ['UMUM', 'Bagian Umum', '', '', 'Ya'],
  ]);
  put('Pegawai', [
    ['andi.wijaya@bangka.go.id', 'Andi', 'HUMAS', 'Staf', 'Ya', 'Ya', '2026-09-10'],
    ['sari.dewi@bangka.go.id', 'Sari', 'HUMAS', 'Staf', 'Ya', 'Tidak', '2026-10-05'],
    // A personal address: counts as staff, never as configured.
    ['rudi.hartono@gmail.com', 'Rudi', 'UMUM', 'Staf', 'Ya', 'Tidak', ''],
    // Official but against the naming standard: configured, and reported.
    ['Budi-Santoso@bangka.go.id', 'Budi', 'UMUM', 'Staf', 'Ya', 'Tidak', '2026-09-20'],
  ]);
  put('MasalahTeknis', [
    [
      'MT-20260928-001',
      '2026-09-28 09:00',
      ADMIN,
      'rudi.hartono@gmail.com',
      'Sinkronisasi ponsel gagal',
      'DIPROSES',
    ],
    [
      'MT-20261001-001',
      '2026-10-01 09:00',
      ADMIN,
      'sari.dewi@bangka.go.id',
      'Lupa sandi',
      'SELESAI',
      '',
      '2026-10-01 11:00',
    ],
    [
      'MT-20261006-001',
      '2026-10-06 15:00',
      ADMIN,
      'andi.wijaya@bangka.go.id',
      'Notifikasi tidak muncul',
      'BARU',
    ],
  ]);
  put('LaporanHarian', [
    report('HUMAS', '2026-09-28', '2026-09-28T10:00', false),
    report('HUMAS', '2026-09-29', '2026-09-29T10:00', false),
    report('HUMAS', '2026-09-30', '2026-09-30T10:00', false),
    report('UMUM', '2026-09-28', '2026-09-28T11:00', false),
    report('UMUM', '2026-09-29', '2026-09-29T17:00', true),
    report('HUMAS', '2026-10-01', '2026-10-01T10:00', false),
    report('HUMAS', '2026-10-02', '2026-10-02T10:00', false),
  ]);
  put('SuratResmi', [
    // Two and four working hours: three on average in September.
    thread('t1', 'HUMAS', '2026-09-28T09:00', '2026-09-28T11:00'),
    thread('t2', 'HUMAS', '2026-09-29T09:00', '2026-09-29T13:00'),
    // Thursday 09:00 to Friday 09:00: 420 + 90 working minutes, over the 480 standard.
    thread('t3', 'UMUM', '2026-10-01T09:00', '2026-10-02T09:00'),
  ]);
  const runKpi = (local: string) => {
    workspace.kernel.setNow(`${local}:00+07:00`);
    return runtime.run<string>('jobDailyKpi');
  };
  const kpi = () => book.getSheetByName('KPI Email Daily');
  const values = () => kpi()?.getDataRange().getValues() ?? [];
  const displayed = () => kpi()?.getDataRange().getDisplayValues() ?? [];
  /** The row of a table whose first cell shows `label`, as header → cell. */
  const row = (label: string, headerLabel: string) => {
    const all = displayed();
    const header = all.find((r) => r[0] === headerLabel) ?? [];
    const found = all.find((r) => r[0] === label) ?? [];
    return Object.fromEntries(header.map((h, i) => [h, found[i]]));
  };
  /** The n-th month row (0 = the first month), as header → cell. */
  const month = (n: number) => {
    const all = displayed();
    const header = all[DAILY_KPI_HEADER_ROW - 1] ?? [];
    const found = all[DAILY_KPI_HEADER_ROW + n] ?? [];
    return Object.fromEntries(header.map((h, i) => [h, found[i]]));
  };
  const snapshots = () =>
    book.getSheetByName('SnapshotKPIHarian')?.getDataRange().getValues() ?? [];
  return { runtime, workspace, book, runKpi, kpi, values, displayed, row, month, snapshots };
}

describe('the KPI Email Daily sheet', () => {
  it('shows configuration, response time, emails and compliance per unit, with charts', () => {
    const w = kpiWorkspace();
    // Wednesday 7 October: the fifth working day after the quarter ended.
    const note = w.runKpi('2026-10-07T03:00');
    expect(note).toContain('evaluasi Triwulan III 2026 dibekukan');
    expect(note).toContain('2 masalah data pegawai, 1 masalah teknis melewati batas');

    const september = w.month(0);
    expect(w.values()[DAILY_KPI_HEADER_ROW]?.[0]).toEqual(at('2026-09-15T12:00'));
    expect(september['% terkonfigurasi']).toBe('50.0%');
    expect(september['Rata-rata waktu respons (jam kerja)']).toBe('3.0');
    expect(september['Surat resmi diterima']).toBe('2');
    expect(september['Laporan harian diterima']).toBe('5');
    const october = w.month(1);
    expect(october['% terkonfigurasi']).toBe('75.0%');
    expect(october['Rata-rata waktu respons (jam kerja)']).toBe('8.5');
    expect(october['Melewati standar']).toBe('1');
    // Two reports and one letter over the five working days 1–7 October.
    expect(october['Email resmi (jumlah)']).toBe('3');
    expect(october['Email resmi per hari kerja']).toBe('0.6');
    // From the go-live day (the first report, 28 September): three reporting days each.
    const humas = w.row('Bagian Humas', 'Unit — Triwulan III 2026');
    expect(humas['Hari lapor']).toBe('3');
    expect(humas['% tepat waktu']).toBe('100.0%');
    const umum = w.row('Bagian Umum', 'Unit — Triwulan III 2026');
    expect(umum['Laporan tepat waktu']).toBe('1');
    expect(umum['% tepat waktu']).toBe('33.3%');

    expect(w.values()[2]?.slice(0, 6)).toEqual([
      'Masalah data pegawai',
      2,
      'Masalah teknis terbuka',
      2,
      'Terbuka melewati batas',
      1,
    ]);
    expect(w.kpi()?.getCharts()).toHaveLength(4);

    // The breach list: t3 took 510 working minutes against 480, half an hour over.
    expect(note).toContain('1 surat melewati standar waktu respons');
    const breaches = w.book.getSheetByName('Surat Melewati Standar')?.getDataRange();
    const [title, header, ...rows] = breaches?.getDisplayValues() ?? [];
    expect(title?.[0]).toContain(': 1 surat');
    const t3 = Object.fromEntries((header ?? []).map((h, i) => [h, rows[0]?.[i]]));
    expect(rows).toHaveLength(1);
    expect(t3).toMatchObject({ Unit: 'UMUM', 'Lewat (jam kerja)': '0.5' });
    expect(t3.Dibalas).not.toBe('Belum dibalas');
  });

  it('freezes the ended quarter once: later corrections change the months, not the evaluation', () => {
    const w = kpiWorkspace();
    w.runKpi('2026-10-06T03:00');
    // Four working days after the quarter: not frozen yet.
    expect(w.snapshots()).toHaveLength(1);
    const evaluation = () => {
      const all = w.displayed();
      const title = all.findIndex((r) => String(r[0]).startsWith('Evaluasi triwulan'));
      return all.slice(title, title + 9).map((r) => r.slice(0, 5));
    };
    expect(evaluation()[0]?.[0]).toBe('Evaluasi triwulan: Triwulan III 2026 (selesai)');

    w.runKpi('2026-10-07T03:00');
    const frozen = w.snapshots();
    expect(frozen.length).toBeGreaterThan(1);
    const before = evaluation();
    expect(before[0]?.[0]).toBe(
      'Evaluasi triwulan: Triwulan III 2026 (selesai; angka dibekukan 2026-10-07)',
    );
    const hours = before.find((r) => String(r[0]).startsWith('Rata-rata waktu respons'));
    expect(hours?.[1]).toBe('3,0 jam');

    // t1 was really answered at 15:00, not 11:00: September now averages five hours.
    w.book.getSheetByName('SuratResmi')?.getRange(2, 10).setValue(at('2026-09-28T15:00'));
    w.runKpi('2026-10-08T03:00');
    expect(w.month(0)['Rata-rata waktu respons (jam kerja)']).toBe('5.0');
    expect(evaluation()).toEqual(before);
    expect(w.snapshots()).toEqual(frozen);
  });

  it('lists the registry problems on the Gmail homepage for the admin only', () => {
    const w = kpiWorkspace();
    w.workspace.kernel.setNow('2026-10-07T10:00:00+07:00');
    const home = JSON.stringify(printed(w.runtime.run('homepage', { hostApp: 'gmail' })));
    expect(home).toContain('Perlu tindakan Admin Sistem');
    expect(home).toContain('2 isian perlu diperbaiki');
    expect(home).toContain('alamat pribadi tidak boleh dipakai untuk urusan dinas');
    expect(home).toContain('tidak sesuai standar penamaan');
    expect(home).toContain('1 terbuka lebih dari 16 jam kerja');
    expect(home).toContain('MT-20260928-001: Sinkronisasi ponsel gagal');
    expect(home).not.toContain('MT-20261006-001');

    w.book
      .getSheetByName('Pengguna')
      ?.appendRow(['staf@bangka.go.id', 'Staf', 'HUMAS', 'PEGAWAI', 'Ya']);
    w.workspace.asUser('staf@bangka.go.id');
    const staff = JSON.stringify(printed(w.runtime.run('homepage', { hostApp: 'gmail' })));
    expect(staff).not.toContain('Perlu tindakan Admin Sistem');
    expect(staff).toContain('Aktifkan pemantauan waktu respons');
  });
});
