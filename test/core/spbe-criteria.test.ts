import { CRITERIA_59_2020 } from '../../src/core/spbe/frameworks/criteria-59-2020';

const KEYS = Array.from({ length: 47 }, (_, i) => String(i + 1));
const all = KEYS.flatMap((key) => (CRITERIA_59_2020[key] ?? []).map((row) => ({ key, ...row })));
const levelOf = (key: string, level: number) =>
  CRITERIA_59_2020[key]?.find((row) => row.level === level);

describe('PermenPANRB 59/2020 level criteria', () => {
  it('has exactly the indicators 1..47', () => {
    expect(Object.keys(CRITERIA_59_2020).sort((a, b) => Number(a) - Number(b))).toEqual(KEYS);
  });

  it.each(KEYS)('indicator %s has levels 1..5 in order, each with criteria and evidence', (key) => {
    const rows = CRITERIA_59_2020[key] ?? [];
    expect(rows.map((row) => row.level)).toEqual([1, 2, 3, 4, 5]);
    for (const row of rows) {
      expect(row.criteria.trim().length).toBeGreaterThan(20);
      expect(row.evidence.trim().length).toBeGreaterThan(20);
    }
  });

  it('has no markup, page furniture or stray whitespace left', () => {
    for (const { key, level, criteria, evidence } of all) {
      for (const text of [criteria, evidence]) {
        const where = `${key}/${level}: ${text.slice(0, 60)}`;
        expect({ where, bad: /[<>|\u00ad…]|\*\*|&[a-z]+;|\s-\d+-\s/.test(text) }).toEqual({
          where,
          bad: false,
        });
        expect({ where, ok: text === text.trim() && !/ {2}|\n\n| \n|\n /.test(text) }).toEqual({
          where,
          ok: true,
        });
        // Line-break artefacts of the sources ("aktivitas- aktivitas", "perundang- undangan").
        expect({ where, bad: /\w- \w/.test(text) }).toEqual({ where, bad: false });
      }
      // The evidence page also split "Pusat/ Pemerintah"; the regulation itself prints one
      // "elektronik/ sistem aplikasi" (14/5), which is kept.
      const where = `${key}/${level}: ${evidence.slice(0, 60)}`;
      expect({ where, bad: /\S\/ \S|\S \/\S/.test(evidence) }).toEqual({ where, bad: false });
    }
  });

  it('keeps the cumulative wording "Kriteria tingkat N-1 telah terpenuhi" from level 3 up', () => {
    for (const { key, level, criteria } of all) {
      if (level < 3 || key === '3') continue;
      const expected = `Kriteria tingkat ${level - 1} telah terpenuhi`;
      expect(`${key}/${level}: ${criteria.slice(0, expected.length)}`).toBe(
        `${key}/${level}: ${expected}`,
      );
    }
  });

  it('keeps indicator 3 as printed (level 2 "Kondisi" in row 3, level 4 refers to tingkat 2)', () => {
    expect(levelOf('3', 3)?.criteria).toMatch(/^Kondisi: Kebijakan internal Manajemen Data/);
    expect(levelOf('3', 4)?.criteria).toMatch(/^Kriteria tingkat 2 telah terpenuhi dan/);
    expect(levelOf('3', 5)?.criteria).toMatch(/^Kriteria tingkat 4 telah terpenuhi serta/);
  });

  it('matches the regulation text word for word (spot checks)', () => {
    expect(levelOf('1', 1)?.criteria).toBe(
      'Konsep kebijakan internal terkait Arsitektur SPBE Instansi Pusat/Pemerintah Daerah belum atau telah tersedia.',
    );
    expect(levelOf('21', 3)?.criteria).toBe(
      'Kriteria tingkat 2 telah terpenuhi dan Manajemen Risiko SPBE telah dilaksanakan dengan mengacu pada pedoman manajemen risiko SPBE.',
    );
    expect(levelOf('47', 5)?.criteria).toBe(
      'Kriteria tingkat 4 telah terpenuhi dan Layanan Publik Sektoral Berbasis Elektronik telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi terhadap perubahan lingkungan, peraturan perundang-undangan, teknologi dan kebutuhan Instansi Pusat/Pemerintah Daerah.',
    );
    expect(levelOf('19', 1)?.criteria).toBe(
      'Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah belum atau telah terbentuk.\nKondisi: Tugas/program kerja Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah dilaksanakan sewaktu-waktu atau tanpa perencanaan.',
    );
    expect(levelOf('7', 5)?.criteria).toBe(
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi kebijakan internal terkait Penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah telah ditindaklanjuti dengan kebijakan baru.',
    );
  });

  it('carries the per-level bukti dukung (spot checks)', () => {
    expect(levelOf('1', 1)?.evidence).toMatch(
      /^Draf kebijakan berupa rancangan Peraturan atau rancangan Keputusan atau Surat Edaran\/dokumen yang berisi pengaturan\/norma mengenai Arsitektur SPBE;/,
    );
    expect(levelOf('21', 3)?.evidence).toBe(
      'Konteks penerapan Manajemen Risiko SPBE yang menguraikan seluruh pemenuhannya sesuai dengan pedoman/standar Manajemen Risiko yang telah ditentukan/ditetapkan dan terdokumentasi secara formal.',
    );
    expect(levelOf('47', 5)?.evidence).toMatch(
      /^Dokumentasi yang menggambarkan fungsi yang disajikan oleh sistem telah dikembangkan layanannya\. Terdapat notulensi\/catatan\/telaah\/laporan/,
    );
    // List items are kept one per line.
    expect(levelOf('1', 5)?.evidence.split('\n')).toEqual([
      'Terdapat notulensi/catatan/laporan hasil rekomendasi tindak lanjut kebijakan internal Arsitektur SPBE, yang dapat dilengkapi dengan bukti undangan rapat pembahasan penyempurnaan kebijakan internal Arsitektur SPBE, dan/atau dokumentasi aktivitas-aktivitas penyempurnaan kebijakan internal Arsitektur SPBE;',
      'Dokumen kebijakan Instansi Pusat/Pemerintah Daerah yang berlaku sebelumnya; dan',
      'Dokumen kebijakan Instansi Pusat/Pemerintah Daerah yang memuat pengaturan/norma Arsitektur SPBE yang telah disempurnakan dan telah ditetapkan.',
    ]);
    expect(levelOf('17', 2)?.evidence).toMatch(/^Terdapat notulensi/);
    expect(levelOf('23', 5)?.evidence).not.toMatch(/Komentar/);
  });
});
