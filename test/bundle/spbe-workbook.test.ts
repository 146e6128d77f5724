/**
 * The SPBE workbook on the built bundle: "Siapkan lembar penilaian" builds the sheets for an
 * evaluation year, scoring costs one read and one write, and re-running or switching years
 * never loses what units entered.
 */
import { banyuwangiColumn as banyuwangi } from '../fixtures/spbe-levels';
import { ADMIN, loadBundle, sheetsApp } from './harness';

function coordinatorWorkbook() {
  const loaded = loadBundle();
  const { runtime, workspace } = loaded;
  runtime.run('setup');
  const workbook = sheetsApp(workspace).create('Penilaian SPBE Kabupaten Bangka');
  workspace.spreadsheets.setActive(workbook.getId());
  return { ...loaded, workbook };
}

function prepare(ctx: ReturnType<typeof coordinatorWorkbook>, year: string) {
  ctx.workspace.spreadsheets.queuePromptResponse(year);
  ctx.runtime.run('menuPrepareWorkbook');
  return ctx.workspace.spreadsheets.alerts().at(-1);
}

const sheet = (ctx: ReturnType<typeof coordinatorWorkbook>, name: string) => {
  const found = ctx.workbook.getSheetByName(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

/** Column of a header in Penilaian (1-based). */
const col = (ctx: ReturnType<typeof coordinatorWorkbook>, header: string) =>
  (sheet(ctx, 'Penilaian').getRange(1, 1, 1, 20).getValues()[0] ?? []).indexOf(header) + 1;

function fillLevels(ctx: ReturnType<typeof coordinatorWorkbook>, header: string, levels: number[]) {
  sheet(ctx, 'Penilaian')
    .getRange(2, col(ctx, header), levels.length, 1)
    .setValues(levels.map((l) => [l]));
}

describe('Siapkan lembar penilaian', () => {
  it('builds Penilaian (one row per indicator), Ringkasan, Riwayat and Rencana for the year', () => {
    const ctx = coordinatorWorkbook();
    const alert = prepare(ctx, '2024');
    expect(alert?.title).toBe('Lembar penilaian siap');
    expect(alert?.prompt).toContain('47 indikator kerangka permenpanrb-59-2020 untuk tahun 2024');
    const values = sheet(ctx, 'Penilaian').getDataRange().getValues();
    expect(values[0]?.slice(0, 9)).toEqual([
      'Domain',
      'Aspek',
      'No',
      'Indikator',
      'Bobot (%)',
      'Unit Penanggung Jawab',
      'Level Mandiri',
      'Level Verifikasi',
      'Level Target',
    ]);
    expect(values).toHaveLength(48);
    expect(values[21]?.slice(0, 5)).toEqual([
      'D3',
      'A5',
      21,
      'Tingkat Kematangan Penerapan Manajemen Risiko SPBE',
      1.5,
    ]);
    for (const name of ['Ringkasan', 'Riwayat', 'Rencana'])
      expect(ctx.workbook.getSheetByName(name)).not.toBeNull();
  });

  it('guards the sheet: level dropdowns, framework columns protected with a warning, a domain chart', () => {
    const ctx = coordinatorWorkbook();
    prepare(ctx, '2024');
    const penilaian = sheet(ctx, 'Penilaian');
    const rule = penilaian.getRange(2, col(ctx, 'Level Mandiri')).getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(['1', '2', '3', '4', '5']);
    const protections = penilaian.getProtections(sheetsApp(ctx.workspace).ProtectionType.RANGE);
    expect(protections).toHaveLength(5);
    expect(protections.every((p) => p.isWarningOnly())).toBe(true);
    expect(sheet(ctx, 'Ringkasan').getCharts()).toHaveLength(1);
  });

  it('scores Penilaian with one batch read and one batch write, showing 4.765 as 4.77', () => {
    const ctx = coordinatorWorkbook();
    prepare(ctx, '2024');
    fillLevels(ctx, 'Level Mandiri', banyuwangi());
    fillLevels(ctx, 'Level Verifikasi', banyuwangi());
    ctx.workspace.kernel.resetCounters();
    ctx.runtime.run('menuScoreWorkbook');
    expect(ctx.workspace.kernel.count('Range.getValues')).toBe(1);
    expect(ctx.workspace.kernel.count('Range.setValues')).toBe(1);
    expect(ctx.workspace.spreadsheets.alerts().at(-1)?.prompt).toContain(
      'Mandiri: 4.77 (Memuaskan). Verifikasi: 4.77 (Memuaskan). Target: — (belum lengkap (47 kosong))',
    );
    const summary = sheet(ctx, 'Ringkasan').getDataRange().getValues();
    const indexRow = summary.find((r) => r[0] === 'Indeks');
    expect(indexRow?.slice(3)).toEqual([4.77, 4.77, '']);
  });

  it('keeps every entered value when run again, and when the year moves to another framework', () => {
    const ctx = coordinatorWorkbook();
    prepare(ctx, '2024');
    fillLevels(ctx, 'Level Mandiri', banyuwangi());
    const penilaian = sheet(ctx, 'Penilaian');
    penilaian.getRange(22, col(ctx, 'Catatan')).setValue('SK manajemen risiko sedang disusun');
    prepare(ctx, '2024');
    expect(penilaian.getRange(22, col(ctx, 'Catatan')).getValue()).toBe(
      'SK manajemen risiko sedang disusun',
    );
    expect(penilaian.getRange(2, col(ctx, 'Level Mandiri'), 47, 1).getValues().flat()).toEqual(
      banyuwangi(),
    );

    const alert = prepare(ctx, '2026'); // Indeks Pemdi: 20 indicators
    expect(alert?.prompt).toContain('20 indikator kerangka permenpanrb-8-2026');
    expect(alert?.prompt).toContain('27 baris lama ditandai "Tidak dipakai" (tidak dihapus)');
    const rows = penilaian.getDataRange().getValues();
    const row21 = rows.find((r) => r[2] === 21);
    expect(row21?.[col(ctx, 'Status') - 1]).toBe('Tidak dipakai');
    expect(row21?.[col(ctx, 'Catatan') - 1]).toBe('SK manajemen risiko sedang disusun');
  });

  it('names the cell of a bad level and leaves Penilaian as it was', () => {
    const ctx = coordinatorWorkbook();
    prepare(ctx, '2024');
    const levels = banyuwangi();
    fillLevels(ctx, 'Level Mandiri', levels);
    const penilaian = sheet(ctx, 'Penilaian');
    penilaian.getRange(8, col(ctx, 'Level Verifikasi')).setValue(7);
    penilaian.getRange(9, col(ctx, 'Tautan Bukti')).setValue('https://contoh.com/sk.pdf');
    const before = penilaian.getDataRange().getValues();
    ctx.runtime.run('menuScoreWorkbook');
    const said = ctx.workspace.spreadsheets.alerts().at(-1)?.prompt ?? '';
    expect(said).toContain('2 sel perlu diperbaiki');
    expect(said).toContain('H8: Level Verifikasi harus bilangan bulat 1–5, bukan "7".');
    expect(said).toContain('J9: Tautan bukti harus alamat Google Drive');
    expect(penilaian.getDataRange().getValues()).toEqual(before);
  });

  it('is for the SPBE coordinator or an admin only', () => {
    const ctx = coordinatorWorkbook();
    ctx.workspace.asUser('bkpsdm@bangka.go.id');
    const alert = prepare(ctx, '2024');
    expect(alert?.title).toBe('Lembar penilaian belum siap');
    expect(alert?.prompt).toBe('Hanya Koordinator SPBE yang dapat menyiapkan lembar penilaian.');
    expect(ctx.workbook.getSheetByName('Penilaian')).toBeNull();
    ctx.workspace.asUser(ADMIN);
  });

  it('rejects a year that is not a year, naming the field', () => {
    const ctx = coordinatorWorkbook();
    expect(prepare(ctx, 'tahun depan')?.prompt).toBe(
      'Tahun evaluasi: isi empat angka seperti 2026, bukan "tahun depan".',
    );
  });
});
