/** Riwayat and Rencana recomputed from the built bundle. */
import { loadBundle, sheetsApp } from './harness';

function prepared() {
  const { runtime, workspace } = loadBundle();
  runtime.run('setup');
  const workbook = sheetsApp(workspace).create('Penilaian SPBE');
  workspace.spreadsheets.setActive(workbook.getId());
  workspace.spreadsheets.queuePromptResponse('2024');
  runtime.run('menuPrepareWorkbook');
  const sheet = (name: string) => {
    const s = workbook.getSheetByName(name);
    if (!s) throw new Error(`no ${name}`);
    return s;
  };
  const penilaian = sheet('Penilaian');
  const header = (penilaian.getRange(1, 1, 1, 14).getValues()[0] ?? []) as string[];
  const col = (name: string) => header.indexOf(name) + 1;
  return { runtime, workspace, sheet, penilaian, col };
}

describe('Perbarui riwayat & rencana', () => {
  it("computes past years from published values and adds this year's verified result", () => {
    const t = prepared();
    t.sheet('Riwayat')
      .getRange(2, 1, 2, 4)
      .setValues([
        [
          2019,
          'permenpanrb-5-2018',
          '',
          'A1=1.00; A2=1.00; A3=1.50; A4=1.00; A5=1.00; A6=1.43; A7=1.17',
        ],
        [2022, '', '', 'D1=3,70; D2=3,40; D3=3,00; D4=3,20'],
      ]);
    t.penilaian
      .getRange(2, t.col('Level Verifikasi'), 47, 1)
      .setValues(Array.from({ length: 47 }, () => [3]));
    t.runtime.run('menuUpdateHistory');
    expect(t.workspace.spreadsheets.alerts().at(-1)?.prompt).toBe(
      '3 baris riwayat, 0 baris rencana.',
    );
    const rows = t.sheet('Riwayat').getDataRange().getValues().slice(1);
    expect(rows.map((r) => [r[0], r[1], r[2], r[4], r[5]])).toEqual([
      [2019, 'permenpanrb-5-2018', 'Nilai aspek terbit', 1.22, 'Kurang'],
      [2022, 'permenpanrb-59-2020', 'Nilai domain terbit', 3.28, 'Baik'],
      [2024, 'permenpanrb-59-2020', 'Level terverifikasi', 3, 'Baik'],
    ]);
    t.runtime.run('menuUpdateHistory');
    expect(t.sheet('Riwayat').getDataRange().getValues()).toHaveLength(4);
  });

  it('names a malformed value cell and keeps the row', () => {
    const t = prepared();
    t.sheet('Riwayat')
      .getRange(2, 1, 1, 4)
      .setValues([[2021, '', '', 'tiga koma dua']]);
    t.runtime.run('menuUpdateHistory');
    expect(t.workspace.spreadsheets.alerts().at(-1)?.prompt).toContain(
      'D2: Nilai harus seperti "D1=3.70; D2=3.40',
    );
    expect(t.sheet('Riwayat').getRange(2, 4).getValue()).toBe('tiga koma dua');
  });

  it('estimates the index gain of each roadmap initiative from its linked indicators', () => {
    const t = prepared();
    t.penilaian
      .getRange(2, t.col('Level Mandiri'), 47, 1)
      .setValues(Array.from({ length: 47 }, () => [2]));
    // Targets: indicators 21–28 (Manajemen, 1.50 each) to level 4.
    t.penilaian
      .getRange(22, t.col('Level Target'), 8, 1)
      .setValues(Array.from({ length: 8 }, () => [4]));
    t.sheet('Rencana')
      .getRange(2, 1, 2, 7)
      .setValues([
        [
          'Penerapan manajemen SPBE',
          'SK dan SOP',
          'Diskominfo',
          2025,
          2026,
          '21, 22, 23, 24, 25, 26, 27, 28',
          'Direncanakan',
        ],
        ['Inisiatif keliru', '', '', 2025, 2025, '99', 'Direncanakan'],
      ]);
    t.runtime.run('menuUpdateHistory');
    const rows = t.sheet('Rencana').getDataRange().getValues();
    expect(rows[1]?.[7]).toBe(0.24); // 8 indicators × 2 levels × 0.015
    expect(rows[2]?.[7]).toBe('');
    expect(t.workspace.spreadsheets.alerts().at(-1)?.prompt).toContain(
      'F3: Indikator 99 tidak ada di lembar Penilaian.',
    );
  });
});
