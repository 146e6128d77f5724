/**
 * The shipped sidebar (dist/Sidebar.html) in jsdom against the real server code of
 * dist/Code.js on the fake workspace: what a coordinator and a unit officer see and do.
 */
import { CRITERIA_59_2020 } from '../../src/core/spbe/frameworks/criteria-59-2020';
import { ADMIN, loadBundle, sheetsApp } from '../bundle/harness';
import { DRIVE, OFFICER, openSidebar, preparedWorkspace, type Sidebar, UNIT } from './harness';

const score = (s: Sidebar, column: 'self' | 'verified' | 'target') =>
  Array.from(s.byId(`skor-${column}`).querySelectorAll('dd'), (d) => d.textContent);

const serverCalls = (s: Sidebar, name: string) => s.calls.filter((c) => c.name === name);

describe('the header', () => {
  it('shows the year, the framework and the three scores, and the sheet problems', async () => {
    const t = preparedWorkspace();
    t.penilaian.getRange(t.row(5), t.col('Level Mandiri')).setValue(9);
    const s = t.open();
    await s.settle();
    expect(s.text('spbe-kepala')).toContain('Tahun 2024 · Evaluasi SPBE (PermenPANRB 59/2020)');
    expect(s.text('spbe-kepala')).not.toContain('sementara');
    expect(score(s, 'self')).toEqual(['belum lengkap', '47 kosong']);
    expect(score(s, 'verified')).toEqual(['belum lengkap', '47 kosong']);
    expect(score(s, 'target')).toEqual(['belum lengkap', '47 kosong']);
    expect(s.text('masalah')).toBe('G6: Level Mandiri harus bilangan bulat 1–5, bukan "9".');
    expect(s.text('pesan')).toBe('');
  });

  it('shows the index and predicate of a complete column', async () => {
    const t = preparedWorkspace();
    t.fillLevels('Level Target', 4);
    const s = t.open();
    await s.settle();
    expect(score(s, 'target')).toEqual(['4.00', 'Sangat Baik']);
  });

  it('marks a provisional framework, and without criteria shows the level names only', async () => {
    const { runtime, workspace, dist } = loadBundle();
    runtime.run('setup');
    const book = sheetsApp(workspace).create('Penilaian Pemdi');
    workspace.spreadsheets.setActive(book.getId());
    workspace.spreadsheets.queuePromptResponse('2026');
    runtime.run('menuPrepareWorkbook');
    const s = openSidebar(runtime, dist.sidebar);
    await s.settle();
    expect(s.text('spbe-kepala')).toMatch(/Tahun 2026 · .*sementara/);
    // 8/2026 has no domains: aspects are the top level of the tree.
    expect(s.byId('pohon').querySelector('details.domain')).toBeNull();
    expect(s.byId('pohon').querySelectorAll('details.aspek')).toHaveLength(7);
    const first = s.byId('pohon').querySelector<HTMLButtonElement>('button[data-indikator]');
    first?.click();
    await s.settle();
    expect(s.byId('rincian').querySelectorAll('.kriteria')).toHaveLength(0);
    expect(s.text('rincian')).toContain('1 Merintis');
    expect(s.text('rincian')).toContain('5 Unggul');
  });
});

describe('browsing the indicators', () => {
  it('the coordinator sees domain → aspect → all 47 indicators, as buttons', async () => {
    const s = preparedWorkspace().open();
    await s.settle();
    const tree = s.byId('pohon');
    expect(tree.querySelectorAll('details.domain')).toHaveLength(4);
    expect(tree.querySelectorAll('details.aspek')).toHaveLength(8);
    const lines = tree.querySelectorAll('button[data-indikator]');
    expect(lines).toHaveLength(47);
    expect(s.text('ind-21')).toBe(
      '21 Penerapan Manajemen Risiko SPBE Mandiri — · Verifikasi — · Belum diisi',
    );
    const d3 = tree.querySelector('details[data-buka="D:D3"] > summary');
    expect(d3?.textContent).toBe('D3 Manajemen SPBE 0/11 terisi');
  });

  it('opening indicator 21 shows its weight and the 59/2020 criteria of each level', async () => {
    const s = preparedWorkspace().open();
    await s.settle();
    await s.click('ind-21');
    expect(s.byId('daftar').hidden).toBe(true);
    expect(s.document.activeElement?.id).toBe('rincian-judul');
    const detail = s.text('rincian');
    expect(detail).toContain('Tingkat Kematangan Penerapan Manajemen Risiko SPBE');
    expect(detail).toContain('1.50% · +0.015 indeks per level');
    const criteria = CRITERIA_59_2020['21'] ?? [];
    expect(criteria).toHaveLength(5);
    for (const c of criteria) {
      expect(s.byId(`kriteria-${c.level}`).textContent).toBe(c.criteria);
      expect(s.byId(`level-${c.level}`).getAttribute('aria-describedby')).toBe(
        `kriteria-${c.level}`,
      );
      expect(detail).toContain(c.evidence.replace(/\s+/g, ' '));
    }
    expect(s.document.querySelector('label[for="level-3"]')?.textContent).toBe('3 Terdefinisi');
    // Back to the list, focus on the line the user came from.
    await s.click('kembali');
    expect(s.byId('daftar').hidden).toBe(false);
    expect(s.document.activeElement?.id).toBe('ind-21');
    expect(s.byId('ind-21').closest('details')?.open).toBe(true);
  });
});

describe('a proposal', () => {
  it('level 3 with a Drive link updates the line, the detail and the Mandiri score', async () => {
    const t = preparedWorkspace();
    t.fillLevels('Level Mandiri', 2, [21]);
    const s = t.open();
    await s.settle();
    expect(score(s, 'self')).toEqual(['belum lengkap', '1 kosong']);
    await s.click('ind-21');
    s.byId<HTMLInputElement>('level-3').click();
    s.type('bukti', `${DRIVE}\n\n`);
    s.type('catatan', 'SK Bupati 12/2024');
    await s.click('simpan-usulan');
    expect(serverCalls(s, 'spbeSidebarPropose').map((c) => c.args)).toEqual([
      [{ key: '21', level: 3, evidence: [DRIVE], notes: 'SK Bupati 12/2024' }],
    ]);
    // Exactly 2 + 0.015 = 2.015, shown half-up as 2.02 (toFixed would print 2.01).
    expect(score(s, 'self')).toEqual(['2.02', 'Cukup']);
    expect(s.text('pesan')).toBe('Usulan level 3 untuk indikator 21 disimpan.');
    expect(s.document.activeElement?.id).toBe('rincian-judul');
    expect(s.byId<HTMLInputElement>('level-3').checked).toBe(true);
    expect(s.text('rincian')).toContain('Mandiri 3 Terdefinisi');
    expect(s.byId('rincian').querySelector(`a[href="${DRIVE}"]`)).not.toBeNull();
    expect(s.text('ind-21')).toContain('Mandiri 3 Terdefinisi · Verifikasi — · Diusulkan');
    expect(t.penilaian.getRange(t.row(21), t.col('Level Mandiri')).getValue()).toBe(3);
  });

  it('a link outside Google Drive is refused in the form, naming the field; nothing is sent', async () => {
    const t = preparedWorkspace();
    const s = t.open();
    await s.settle();
    await s.click('ind-21');
    s.byId<HTMLInputElement>('level-3').click();
    s.type('bukti', `${DRIVE}\nhttp://contoh.com/sk.pdf`);
    await s.click('simpan-usulan');
    expect(serverCalls(s, 'spbeSidebarPropose')).toEqual([]);
    expect(s.text('bukti-galat')).toMatch(/^Tautan bukti: "http:\/\/contoh\.com\/sk\.pdf" bukan/);
    expect(s.byId('bukti').getAttribute('aria-invalid')).toBe('true');
    expect(s.byId('bukti').getAttribute('aria-describedby')).toContain('bukti-galat');
    expect(s.document.activeElement?.id).toBe('bukti');
    expect(t.penilaian.getRange(t.row(21), t.col('Level Mandiri')).getValue()).toBe('');
    // Fixed, it goes through and the error is gone.
    s.type('bukti', DRIVE);
    await s.click('simpan-usulan');
    expect(serverCalls(s, 'spbeSidebarPropose')).toHaveLength(1);
    expect(s.text('bukti-galat')).toBe('');
  });
});

describe('a unit officer', () => {
  it('sees only their unit’s indicators, may propose, and cannot verify', async () => {
    const t = preparedWorkspace();
    t.workspace.asUser(OFFICER);
    const s = t.open();
    await s.settle();
    const lines = s.byId('pohon').querySelectorAll<HTMLElement>('button[data-indikator]');
    expect(Array.from(lines, (b) => b.dataset.indikator)).toEqual(['36', '41']);
    // A handful of lines: the groups start unfolded.
    expect(s.byId('ind-36').closest('details')?.open).toBe(true);
    expect(s.text('spbe-kepala')).toContain(`${OFFICER} · ${UNIT}`);
    await s.click('ind-36');
    expect(s.text('rincian')).toContain(`Unit penanggung jawab ${UNIT}`);
    expect(s.document.getElementById('form-verifikasi')).toBeNull();
    expect(s.byId<HTMLButtonElement>('simpan-usulan').disabled).toBe(false);
    s.byId<HTMLInputElement>('level-2').click();
    await s.click('simpan-usulan');
    expect(s.text('pesan')).toBe('Usulan level 2 untuk indikator 36 disimpan.');
    expect(s.text('ind-36')).toContain('Mandiri 2 Interaksi');
  });

  it('is told when no indicator is assigned to their unit', async () => {
    const t = preparedWorkspace();
    t.penilaian.getRange(t.row(36), t.col('Unit Penanggung Jawab')).setValue('');
    t.penilaian.getRange(t.row(41), t.col('Unit Penanggung Jawab')).setValue('');
    t.workspace.asUser(OFFICER);
    const s = t.open();
    await s.settle();
    expect(s.text('pohon')).toContain('Belum ada indikator yang ditugaskan ke unit Anda');
  });
});

describe('the coordinator', () => {
  it('verifies the last indicator and the Verifikasi score appears', async () => {
    const t = preparedWorkspace();
    t.fillLevels('Level Verifikasi', 3, [41]);
    t.penilaian.getRange(t.row(41), t.col('Level Mandiri')).setValue(4);
    const s = t.open();
    await s.settle();
    expect(score(s, 'verified')).toEqual(['belum lengkap', '1 kosong']);
    await s.click('ind-41');
    // The select starts at the unit's proposal.
    expect(s.byId<HTMLSelectElement>('verif-level').value).toBe('4');
    await s.click('verifikasi');
    expect(serverCalls(s, 'spbeSidebarVerify').map((c) => c.args)).toEqual([
      [{ key: '41', decision: 'verify', level: 4, note: '' }],
    ]);
    // 3 everywhere, indicator 41 at 4: 3 + 2.75/100 = 3.0275 → 3.03.
    expect(score(s, 'verified')).toEqual(['3.03', 'Baik']);
    expect(s.text('ind-41')).toContain('Verifikasi 4 Kolaborasi · Diverifikasi');
    expect(s.text('pesan')).toBe('Indikator 41 diverifikasi pada level 4.');
  });

  it('asks for a revision only with a note, which the unit then sees', async () => {
    const t = preparedWorkspace();
    const s = t.open();
    await s.settle();
    await s.click('ind-36');
    await s.click('minta-perbaikan');
    expect(serverCalls(s, 'spbeSidebarVerify')).toEqual([]);
    expect(s.text('verif-catatan-galat')).toBe(
      'Catatan verifikasi: tulis apa yang harus diperbaiki unit.',
    );
    expect(s.document.activeElement?.id).toBe('verif-catatan');
    s.type('verif-catatan', 'Lampirkan SK yang ditandatangani');
    await s.click('minta-perbaikan');
    expect(s.text('ind-36')).toContain('Perlu perbaikan');
    expect(s.byId<HTMLTextAreaElement>('catatan').value).toContain(
      'Lampirkan SK yang ditandatangani',
    );
  });
});

describe('the planner', () => {
  it('shows the steps to reach 3.5', async () => {
    const t = preparedWorkspace();
    t.fillLevels('Level Mandiri', 2);
    const s = t.open();
    await s.settle();
    s.type('target-indeks', '3.5');
    await s.click('hitung-rencana');
    expect(serverCalls(s, 'spbeSidebarPlan').map((c) => c.args)).toEqual([['3.5']]);
    const steps = s.byId('rencana-hasil').querySelectorAll('ol.langkah li');
    expect(steps.length).toBeGreaterThan(0);
    expect(steps[0]?.textContent).toMatch(/^\d+ .+: 2 → [3-5]$/);
    const result = s.text('rencana-hasil');
    expect(result).toMatch(/Target 3\.5 tercapai dengan \d+ kenaikan level\./);
    expect(result).toMatch(/Indeks hasil 3\.5\d · Sangat Baik/);
    expect(s.document.activeElement?.id).toBe('rencana-judul');
  });

  it('takes a predicate instead of an index', async () => {
    const t = preparedWorkspace();
    t.fillLevels('Level Mandiri', 2);
    const s = t.open();
    await s.settle();
    s.type('target-indeks', '3.5');
    s.type('target-predikat', 'Baik');
    expect(s.byId<HTMLInputElement>('target-indeks').value).toBe('');
    await s.click('hitung-rencana');
    expect(serverCalls(s, 'spbeSidebarPlan').map((c) => c.args)).toEqual([['Baik']]);
  });
});

describe('messages from the server', () => {
  it('shows an ok:false reply in the live region', async () => {
    const s = preparedWorkspace().open();
    await s.settle();
    s.type('target-indeks', '3.5');
    await s.click('hitung-rencana');
    expect(s.byId('pesan').getAttribute('aria-live')).toBe('polite');
    expect(s.text('pesan')).toMatch(/^Lengkapi dulu level 47 indikator/);
    expect(s.byId('pesan').className).toBe('galat');
    expect(s.text('rencana-hasil')).toBe('');
    // Focus stays on the button the user pressed.
    expect(s.document.activeElement?.id).toBe('hitung-rencana');
  });

  it('tells the user to prepare the workbook, and still shows the workspace status', async () => {
    const { runtime, workspace, dist } = loadBundle();
    runtime.run('setup');
    const book = sheetsApp(workspace).create('Belum disiapkan');
    workspace.spreadsheets.setActive(book.getId());
    const s = openSidebar(runtime, dist.sidebar);
    await s.settle();
    const shown = s.byId('spbe-kepala').querySelector('[role="alert"]');
    expect(shown?.textContent).toBe(
      'Lembar penilaian belum disiapkan. Pilih menu SPBE Workspace → Siapkan lembar penilaian.',
    );
    expect(s.byId('spbe').hidden).toBe(true);
    expect(s.text('pesan')).toBe('');
    expect(s.text('isi')).toContain(ADMIN);
    expect(s.byId('status-kotak').tagName).toBe('DETAILS');
  });

  it('a failed call (not a reply) says the server cannot be reached and re-enables the form', async () => {
    const t = preparedWorkspace();
    const s = t.open();
    await s.settle();
    await s.click('ind-21');
    // google.script.run calls its failure handler, e.g. when the connection drops.
    delete t.runtime.context.spbeSidebarPropose;
    s.byId<HTMLInputElement>('level-2').click();
    await s.click('simpan-usulan');
    expect(s.text('pesan')).toBe(
      'Tidak dapat menghubungi server. Periksa koneksi, lalu tekan Muat ulang.',
    );
    expect(s.byId<HTMLButtonElement>('simpan-usulan').disabled).toBe(false);
    expect(s.byId('form-usulan').hasAttribute('aria-busy')).toBe(false);
  });

  it('a second click while saving sends nothing more', async () => {
    const s = preparedWorkspace().open();
    await s.settle();
    await s.click('ind-21');
    s.byId<HTMLInputElement>('level-2').click();
    s.byId('simpan-usulan').click();
    expect(s.byId<HTMLButtonElement>('simpan-usulan').disabled).toBe(true);
    expect(s.text('pesan')).toBe('Menyimpan usulan…');
    s.byId('simpan-usulan').click();
    await s.settle();
    expect(serverCalls(s, 'spbeSidebarPropose')).toHaveLength(1);
  });

  it('escapes text from the sheet', async () => {
    const t = preparedWorkspace();
    t.penilaian
      .getRange(t.row(21), t.col('Unit Penanggung Jawab'))
      .setValue('<img src=x onerror="alert(1)">Dinas');
    const s = t.open();
    await s.settle();
    await s.click('ind-21');
    expect(s.byId('rincian').querySelector('img')).toBeNull();
    expect(s.text('rincian')).toContain('<img src=x onerror="alert(1)">Dinas');
  });

  it('Muat ulang fetches the view again', async () => {
    const t = preparedWorkspace();
    const s = t.open();
    await s.settle();
    t.penilaian.getRange(t.row(1), t.col('Level Mandiri')).setValue(4);
    await s.click('muat-ulang');
    expect(serverCalls(s, 'spbeSidebarLoad')).toHaveLength(2);
    expect(s.text('ind-1')).toContain('Mandiri 4 Terpadu dan Terukur');
    expect(score(s, 'self')).toEqual(['belum lengkap', '46 kosong']);
  });
});

describe('keyboard and screen readers', () => {
  it('every control is a real button or a labelled field', async () => {
    const s = preparedWorkspace().open();
    await s.settle();
    await s.click('ind-21');
    // The planner and status are in the document too (folded <details>).
    const fields = s.document.querySelectorAll('input, select, textarea');
    expect(fields.length).toBeGreaterThan(8);
    const unlabelled = Array.from(fields).filter(
      (f) => !f.id || !s.document.querySelector(`label[for="${f.id}"]`)?.textContent?.trim(),
    );
    expect(unlabelled.map((f) => f.outerHTML)).toEqual([]);
    const buttons = Array.from(s.document.querySelectorAll('button'));
    expect(buttons.filter((b) => !b.textContent?.trim())).toEqual([]);
    expect(buttons.filter((b) => b.type !== 'button' && b.type !== 'submit')).toEqual([]);
    // Nothing clickable that a keyboard cannot reach.
    expect(
      s.document.querySelectorAll('[onclick], div[role="button"], span[role="button"]'),
    ).toHaveLength(0);
    const levels = s.document.querySelector('fieldset.level-pilihan legend');
    expect(levels?.textContent).toBe('Level mandiri dan kriterianya');
  });
});
