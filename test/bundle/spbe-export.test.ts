/** Exporting a year's assessment as PDF and CSV from the built bundle. */
import { loadBundle, sheetsApp } from './harness';

function preparedWithLevels() {
  const { runtime, workspace } = loadBundle();
  runtime.run('setup');
  const workbook = sheetsApp(workspace).create('Penilaian SPBE Kabupaten Bangka');
  workspace.spreadsheets.setActive(workbook.getId());
  workspace.spreadsheets.queuePromptResponse('2024');
  runtime.run('menuPrepareWorkbook');
  const sheet = workbook.getSheetByName('Penilaian');
  if (!sheet) throw new Error('no Penilaian');
  const header = (sheet.getRange(1, 1, 1, 14).getValues()[0] ?? []) as string[];
  const col = (name: string) => header.indexOf(name) + 1;
  sheet.getRange(2, col('Level Mandiri'), 47, 1).setValues(Array.from({ length: 47 }, () => [3]));
  sheet
    .getRange(2, col('Tautan Bukti'))
    .setValue('https://drive.google.com/file/d/SK-Arsitektur/view');
  // A unit typed a formula-looking note: the CSV must not hand it to Excel as a formula.
  sheet.getRange(3, col('Catatan')).setValue('\'=HYPERLINK("http://x")');
  return { runtime, workspace };
}

describe('export of the assessment', () => {
  it('gives a CSV of every indicator with levels, evidence and the scores, safe for Excel', () => {
    const { runtime } = preparedWithLevels();
    const reply = runtime.scriptRun('spbeSidebarExport', []);
    const files = (reply as { value: { ok: true; data: { fileBase: string; csv: string } } }).value
      .data;
    expect(files.fileBase).toBe('Penilaian-SPBE-2024-permenpanrb-59-2020');
    const lines = files.csv.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Aspek,No,Indikator,Unit,Level Mandiri,Level Verifikasi,Level Target,Status,Tautan Bukti,Catatan',
    );
    expect(lines[1]).toBe(
      'A1,1,Tingkat Kematangan Kebijakan Internal Arsitektur SPBE,,3,,,Belum diisi,https://drive.google.com/file/d/SK-Arsitektur/view,',
    );
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(lines).toContain('Indeks,,3.00,,');
  });

  it('gives a PDF that states the year, the index and the evidence list', () => {
    const { runtime } = preparedWithLevels();
    const reply = runtime.scriptRun('spbeSidebarExport', []) as {
      value: { ok: true; data: { pdfBase64: string } };
    };
    const pdf = Buffer.from(reply.value.data.pdfBase64, 'base64').toString('latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toContain('Penilaian SPBE Tahun 2024');
    expect(pdf).toContain('https://drive.google.com/file/d/SK-Arsitektur/view');
  });

  it('from the menu, opens a dialog with both downloads', () => {
    const { runtime, workspace } = preparedWithLevels();
    runtime.run('menuExportAssessment');
    const dialog = workspace.spreadsheets.shownDialogs().at(-1);
    const html = dialog?.output.getContent() ?? '';
    expect(html).toContain('Unduh Penilaian-SPBE-2024-permenpanrb-59-2020.pdf');
    expect(html).toContain('Unduh Penilaian-SPBE-2024-permenpanrb-59-2020.csv');
  });

  it('is refused to a user who is not the coordinator', () => {
    const { runtime, workspace } = preparedWithLevels();
    workspace.asUser('tamu@bangka.go.id');
    const reply = runtime.scriptRun('spbeSidebarExport', []) as {
      value: { ok: boolean; message?: string };
    };
    expect(reply.value).toEqual({
      ok: false,
      message: 'Hanya Koordinator SPBE yang dapat mengekspor penilaian.',
    });
  });
});
