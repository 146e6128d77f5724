/** An admin corrects a framework in the Kerangka sheet; the workbook uses it, or says which cell is wrong. */
import { loadBundle, sheetsApp } from './harness';

function prepared() {
  const { runtime, workspace } = loadBundle();
  runtime.run('setup');
  const workbook = sheetsApp(workspace).create('Penilaian SPBE 2026');
  workspace.spreadsheets.setActive(workbook.getId());
  return { runtime, workspace, workbook };
}

/** The sheet row (1-based) of indicator `key` in the INDIKATOR block of framework `id`. */
function indicatorRow(values: unknown[][], id: string, key: string): number {
  const start = values.findIndex(
    (r) => String(r[0]).toUpperCase() === 'KERANGKA' && values[values.indexOf(r) + 1]?.[1] === id,
  );
  let block = '';
  for (let i = start + 1; i < values.length; i++) {
    const row = values[i] ?? [];
    const keyword = String(row[0] ?? '')
      .trim()
      .toUpperCase();
    if (keyword === 'KERANGKA') break;
    if (keyword !== '') block = keyword;
    else if (block === 'INDIKATOR' && String(row[1]) === key) return i + 1;
  }
  throw new Error(`indicator ${key} of ${id} not found`);
}

describe('the Kerangka sheet', () => {
  it('copies the shipped frameworks once, and never overwrites an admin edit', () => {
    const t = prepared();
    t.runtime.run('menuCopyFrameworks');
    expect(t.workspace.spreadsheets.alerts().at(-1)?.title).toBe('Kerangka disalin');
    const sheet = t.workbook.getSheetByName('Kerangka');
    expect(sheet?.getDataRange().getValues().flat()).toContain('permenpanrb-8-2026');
    t.runtime.run('menuCopyFrameworks');
    expect(t.workspace.spreadsheets.alerts().at(-1)?.prompt).toContain('Lembar Kerangka sudah ada');
  });

  it('uses corrected Indeks Pemdi weights from the sheet for the 2026 workbook', () => {
    const t = prepared();
    t.runtime.run('menuCopyFrameworks');
    const sheet = t.workbook.getSheetByName('Kerangka');
    if (!sheet) throw new Error('no Kerangka');
    const values = sheet.getDataRange().getValues();
    // I6 geospasial 3 → 4 and I7 statistik 3 → 2: the aspect still adds up to 15.
    sheet.getRange(indicatorRow(values, 'permenpanrb-8-2026', '6'), 5).setValue('4');
    sheet.getRange(indicatorRow(values, 'permenpanrb-8-2026', '7'), 5).setValue('2');
    t.workspace.spreadsheets.queuePromptResponse('2026');
    t.runtime.run('menuPrepareWorkbook');
    const penilaian = t.workbook.getSheetByName('Penilaian');
    const rows = penilaian?.getDataRange().getValues() ?? [];
    expect(rows.find((r) => r[2] === 6)?.[4]).toBe(4);
    // Level 5 on I6 only (others 1): the index is 1 + 4 × 4/100 = 1.16 with the corrected weight.
    const levels = Array.from({ length: 20 }, (_, i) => [i === 5 ? 5 : 1]);
    penilaian?.getRange(2, 7, 20, 1).setValues(levels);
    t.runtime.run('menuScoreWorkbook');
    expect(t.workspace.spreadsheets.alerts().at(-1)?.prompt).toContain('Mandiri: 1.16 (Kurang)');
  });

  it('names the cell when a correction breaks the sum, and keeps using the shipped framework', () => {
    const t = prepared();
    t.runtime.run('menuCopyFrameworks');
    const sheet = t.workbook.getSheetByName('Kerangka');
    if (!sheet) throw new Error('no Kerangka');
    const row = indicatorRow(sheet.getDataRange().getValues(), 'permenpanrb-8-2026', '6');
    sheet.getRange(row, 5).setValue('4');
    t.workspace.spreadsheets.queuePromptResponse('2026');
    t.runtime.run('menuPrepareWorkbook');
    const said = t.workspace.spreadsheets.alerts().at(-1)?.prompt ?? '';
    expect(said).toContain('Lembar Kerangka perlu diperbaiki');
    expect(said).toMatch(
      /Kerangka!E\d+: bobot aspek A3: bobot 15 tidak sama dengan jumlah bobot indikatornya \(16\)/,
    );
    const penilaian = t.workbook.getSheetByName('Penilaian')?.getDataRange().getValues() ?? [];
    expect(penilaian.find((r) => r[2] === 6)?.[4]).toBe(3);
  });
});
