/**
 * The coordinator's tools in the shipped sidebar, against the real bundle: moving the
 * workbook to another evaluation year, and downloading the year's PDF and CSV.
 */
import { CATALOGUE } from '../../src/core/spbe/frameworks';
import { OFFICER, preparedWorkspace, type Sidebar } from './harness';

const serverCalls = (s: Sidebar, name: string) => s.calls.filter((c) => c.name === name);

/** Opens the folded form, as Enter on its summary would. */
async function openYearForm(s: Sidebar): Promise<void> {
  await s.click('ganti-tahun-judul');
  expect(s.byId<HTMLDetailsElement>('ganti-tahun-kotak').open).toBe(true);
}

describe('who sees the tools', () => {
  it('the coordinator sees the year form (folded) and the export button', async () => {
    const s = preparedWorkspace().open();
    await s.settle();
    expect(s.byId('koordinator').hidden).toBe(false);
    const box = s.byId<HTMLDetailsElement>('ganti-tahun-kotak');
    expect(box.tagName).toBe('DETAILS');
    expect(box.open).toBe(false);
    expect(s.text('ganti-tahun-judul')).toBe('Ganti tahun penilaian');
    expect(s.byId('konfirmasi-tahun').hidden).toBe(true);
    expect(s.text('ekspor')).toBe('Ekspor penilaian');
    expect(s.document.querySelector('label[for="tahun-baru"]')?.textContent).toBe('Tahun evaluasi');
    expect(s.document.querySelector('label[for="kerangka-baru"]')?.textContent).toBe('Kerangka');
  });

  it('a unit officer sees neither', async () => {
    const t = preparedWorkspace();
    t.workspace.asUser(OFFICER);
    const s = t.open();
    await s.settle();
    expect(s.byId('koordinator').hidden).toBe(true);
    expect(s.document.getElementById('form-tahun')).toBeNull();
    expect(s.document.getElementById('ekspor')).toBeNull();
  });

  it('offers exactly the shipped frameworks, after "the one in force"', async () => {
    const s = preparedWorkspace().open();
    await s.settle();
    const options = s.byId<HTMLSelectElement>('kerangka-baru').options;
    expect(Array.from(options, (o) => o.value)).toEqual(['', ...CATALOGUE.map((f) => f.id)]);
    expect(options[0]?.textContent).toBe('Yang berlaku pada tahun itu');
  });
});

describe('changing the year', () => {
  it('to 2026 asks first, then shows 8/2026 (sementara) with 20 indicators', async () => {
    const t = preparedWorkspace();
    t.penilaian.getRange(t.row(1), t.col('Level Mandiri')).setValue(3);
    const s = t.open();
    await s.settle();
    await openYearForm(s);
    s.type('tahun-baru', '2026');
    await s.click('lanjut-tahun');
    // Nothing is sent before the confirm step, which says what happens to the sheet.
    expect(serverCalls(s, 'spbeSidebarSwitchYear')).toEqual([]);
    expect(s.byId('konfirmasi-tahun').hidden).toBe(false);
    expect(s.byId('konfirmasi-tahun').getAttribute('aria-labelledby')).toBe('konfirmasi-teks');
    expect(s.text('konfirmasi-teks')).toBe(
      'Ganti ke tahun 2026 dengan kerangka yang berlaku pada tahun itu? Lembar Penilaian akan ditata ulang: nilai yang sudah diisi tetap disimpan menurut nomor indikator, dan baris yang tidak ada di kerangka baru ditandai "Tidak dipakai".',
    );
    expect(s.document.activeElement?.id).toBe('ganti-tahun');

    await s.click('ganti-tahun');
    expect(serverCalls(s, 'spbeSidebarSwitchYear').map((c) => c.args)).toEqual([
      [{ year: '2026' }],
    ]);
    expect(s.text('spbe-kepala')).toContain(
      'Tahun 2026 · Indeks Pemerintah Digital (PermenPANRB 8/2026) sementara',
    );
    const lines = s.byId('pohon').querySelectorAll('button[data-indikator]');
    expect(lines).toHaveLength(20);
    expect(s.byId('pohon').querySelector('details.domain')).toBeNull();
    // The level entered under 59/2020 is kept by its number.
    expect(s.text('ind-1')).toMatch(/Mandiri 3 /);
    const status = t.penilaian
      .getRange(2, t.col('Status'), t.penilaian.getLastRow() - 1, 1)
      .getValues()
      .flat();
    expect(status.filter((v) => v === 'Tidak dipakai')).toHaveLength(27);
    expect(s.text('pesan')).toBe(
      'Lembar penilaian disiapkan untuk tahun 2026 · Indeks Pemerintah Digital (PermenPANRB 8/2026).',
    );
    expect(s.byId('pesan').className).toBe('berhasil');
    // Back to where the user started: the form folded, emptied, its summary focused.
    expect(s.byId<HTMLDetailsElement>('ganti-tahun-kotak').open).toBe(false);
    expect(s.byId<HTMLInputElement>('tahun-baru').value).toBe('');
    expect(s.byId('konfirmasi-tahun').hidden).toBe(true);
    expect(s.document.activeElement?.id).toBe('ganti-tahun-judul');
    // The planner follows the new framework's predicates.
    expect(s.text('target-predikat')).toContain('Sangat Baik');
  });

  it('sends an explicit framework when one is chosen', async () => {
    const s = preparedWorkspace().open();
    await s.settle();
    await openYearForm(s);
    s.type('tahun-baru', '2026');
    s.type('kerangka-baru', 'permenpanrb-59-2020');
    await s.click('lanjut-tahun');
    expect(s.text('konfirmasi-teks')).toMatch(
      /^Ganti ke tahun 2026 dengan PermenPANRB 59\/2020 \(Evaluasi SPBE\)\?/,
    );
    await s.click('ganti-tahun');
    expect(serverCalls(s, 'spbeSidebarSwitchYear').map((c) => c.args)).toEqual([
      [{ year: '2026', framework: 'permenpanrb-59-2020' }],
    ]);
    expect(s.text('spbe-kepala')).toContain('Tahun 2026 · Evaluasi SPBE (PermenPANRB 59/2020)');
    expect(s.text('spbe-kepala')).not.toContain('sementara');
    expect(s.byId('pohon').querySelectorAll('button[data-indikator]')).toHaveLength(47);
  });

  it('a year the server refuses: its message in the live region, nothing changed', async () => {
    const s = preparedWorkspace().open();
    await s.settle();
    await openYearForm(s);
    s.type('tahun-baru', '1999');
    await s.click('lanjut-tahun');
    await s.click('ganti-tahun');
    expect(serverCalls(s, 'spbeSidebarSwitchYear')).toHaveLength(1);
    expect(s.text('pesan')).toBe('Tahun evaluasi: isi empat angka seperti 2026, bukan "1999".');
    expect(s.byId('pesan').className).toBe('galat');
    expect(s.text('spbe-kepala')).toContain('Tahun 2024 · Evaluasi SPBE (PermenPANRB 59/2020)');
    // The user can cancel or correct from where they are.
    expect(s.document.activeElement?.id).toBe('ganti-tahun');
    expect(s.byId<HTMLButtonElement>('ganti-tahun').disabled).toBe(false);
    expect(s.byId('form-tahun').hasAttribute('aria-busy')).toBe(false);
  });

  it('an empty or non-numeric year is refused in the form; nothing is sent', async () => {
    const s = preparedWorkspace().open();
    await s.settle();
    await openYearForm(s);
    await s.click('lanjut-tahun');
    expect(s.text('tahun-baru-galat')).toBe('Tahun evaluasi: isi empat angka seperti 2026.');
    expect(s.byId('tahun-baru').getAttribute('aria-invalid')).toBe('true');
    expect(s.byId('tahun-baru').getAttribute('aria-describedby')).toBe('tahun-baru-galat');
    expect(s.document.activeElement?.id).toBe('tahun-baru');
    expect(s.byId('konfirmasi-tahun').hidden).toBe(true);
    s.type('tahun-baru', '20x6');
    await s.click('lanjut-tahun');
    expect(s.text('tahun-baru-galat')).toBe(
      'Tahun evaluasi: isi empat angka seperti 2026, bukan "20x6".',
    );
    s.type('tahun-baru', '2025');
    await s.click('lanjut-tahun');
    expect(s.text('tahun-baru-galat')).toBe('');
    expect(s.byId('tahun-baru').hasAttribute('aria-invalid')).toBe(false);
    expect(serverCalls(s, 'spbeSidebarSwitchYear')).toEqual([]);
  });

  it('editing after the question, or Batal, withdraws it', async () => {
    const s = preparedWorkspace().open();
    await s.settle();
    await openYearForm(s);
    s.type('tahun-baru', '2026');
    await s.click('lanjut-tahun');
    s.type('tahun-baru', '2025');
    expect(s.byId('konfirmasi-tahun').hidden).toBe(true);
    await s.click('lanjut-tahun');
    expect(s.text('konfirmasi-teks')).toMatch(/^Ganti ke tahun 2025 /);
    await s.click('batal-tahun');
    expect(s.byId('konfirmasi-tahun').hidden).toBe(true);
    expect(s.document.activeElement?.id).toBe('tahun-baru');
    expect(serverCalls(s, 'spbeSidebarSwitchYear')).toEqual([]);
  });
});

describe('the export', () => {
  it('offers the PDF and the CSV as named downloads', async () => {
    const s = preparedWorkspace().open();
    await s.settle();
    await s.click('ekspor');
    expect(serverCalls(s, 'spbeSidebarExport')).toHaveLength(1);
    const base = 'Penilaian-SPBE-2024-permenpanrb-59-2020';
    const links = s.byId('unduhan').querySelectorAll('a');
    expect(Array.from(links, (a) => a.getAttribute('download'))).toEqual([
      `${base}.pdf`,
      `${base}.csv`,
    ]);
    expect(Array.from(links, (a) => s.text(a.id))).toEqual([
      `Unduh PDF ${base}.pdf`,
      `Unduh CSV ${base}.csv`,
    ]);
    const [pdf, csv] = Array.from(links, (a) => s.blobs.get(a.getAttribute('href') ?? ''));
    expect(pdf?.type).toBe('application/pdf');
    const pdfBytes = await s.bytes(pdf as Blob);
    expect(String.fromCharCode(...pdfBytes.slice(0, 4))).toBe('%PDF');
    expect(csv?.type).toBe('text/csv;charset=utf-8');
    // ignoreBOM: keep the byte-order mark in the text, to see that it reached the file.
    const csvText = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await s.bytes(csv as Blob),
    );
    expect(csvText).toMatch(/^\uFEFFAspek,No,Indikator,/);
    expect(s.text('pesan')).toBe(
      `Ekspor siap: ${base}.pdf dan .csv. Pilih tautan Unduh di bawah tombol.`,
    );
    expect(s.byId('pesan').className).toBe('berhasil');
    expect(s.document.activeElement?.id).toBe('ekspor');

    // A second export replaces the links and frees the first files.
    await s.click('ekspor');
    expect(s.byId('unduhan').querySelectorAll('a')).toHaveLength(2);
    expect(s.blobs.size).toBe(2);
  });

  it('a refusal goes to the live region and offers no link', async () => {
    const t = preparedWorkspace();
    const s = t.open();
    await s.settle();
    // The coordinator's role is withdrawn while the sidebar is open.
    t.workspace.asUser(OFFICER);
    await s.click('ekspor');
    expect(s.text('pesan')).toMatch(/^Hanya Koordinator SPBE yang dapat mengekspor penilaian/);
    expect(s.byId('pesan').className).toBe('galat');
    expect(s.byId('unduhan').querySelectorAll('a')).toHaveLength(0);
  });
});
