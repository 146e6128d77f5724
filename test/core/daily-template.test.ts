/**
 * The report the compose card inserts is the report the coordinator's parser reads: unit
 * and date from the subject, every typed section, the chosen priority.
 */
import fc from 'fast-check';
import { type DailyConfig, DEFAULT_DAILY_CONFIG } from '../../src/core/daily/config';
import { parseDailyReport } from '../../src/core/daily/parse/index';
import { dailyReportHtml, dailyReportSubject } from '../../src/core/daily/template';

const config: DailyConfig = {
  ...DEFAULT_DAILY_CONFIG,
  units: [{ code: 'KOMINFO', name: 'Dinas Kominfo', aliases: ['Diskominfo'] }],
};

const MONDAY_NOON = new Date('2026-11-23T05:00:00Z');

function parsedBack(sections: Record<string, string>, priority: string) {
  return parseDailyReport(
    {
      messageId: 'm1',
      from: 'budi@bangka.go.id',
      subject: dailyReportSubject('Dinas Kominfo', MONDAY_NOON, 'Asia/Jakarta', config),
      receivedAt: MONDAY_NOON.getTime(),
      html: dailyReportHtml('Dinas Kominfo', config, { sections, priority }),
    },
    config,
  );
}

describe('the filled template round-trips through the parser', () => {
  it('gives back unit, date, priority and every typed section, HTML in the text kept literal', () => {
    const sections = {
      Ringkasan: 'Rapat <b>SPBE</b> & sosialisasi\n- 12 OPD hadir\n\nNotulen menyusul',
      Kendala: 'Jaringan lantai 2 putus',
      'Rencana Besok': 'Konfigurasi ponsel staf Bappeda',
    };
    const result = parsedBack(sections, 'Tinggi');
    expect(result).toEqual({
      ok: true,
      report: expect.objectContaining({
        unit: 'Dinas Kominfo',
        unitCode: 'KOMINFO',
        date: '2026-11-23',
        priority: 'Tinggi',
        sections,
      }),
    });
  });

  it('leaves untyped sections and an unchosen priority as the blank template does', () => {
    const result = parsedBack({ Capaian: 'Panduan v2 selesai' }, '');
    expect(result).toEqual({
      ok: false,
      problems: [
        'Prioritas "Tinggi | Sedang | Rendah" belum dipilih: sisakan satu saja, "Tinggi", "Sedang" atau "Rendah".',
        'Bagian Ringkasan wajib diisi: isinya masih kosong.',
      ],
    });
    expect(dailyReportHtml('Dinas Kominfo', config, {})).toBe(dailyReportHtml('Dinas Kominfo'));
  });

  it('holds for any text typed from ordinary words, lines and punctuation', () => {
    const word = fc.constantFrom(
      'rapat',
      'koordinasi',
      'SPBE',
      '12',
      'OPD',
      'server',
      'email',
      'smartphone',
      '(selesai)',
      '&',
      '<b>',
      '50%',
      'jam 09.00',
      '-',
    );
    const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    const text = fc
      .array(line, { minLength: 1, maxLength: 4 })
      .map((lines) => lines.join('\n'))
      // A text of dashes only reads as "not filled in", like the template's "…".
      .filter((t) => /[a-z0-9]/i.test(t));
    fc.assert(
      fc.property(
        fc.record({ Ringkasan: text, Capaian: text, Kendala: text }),
        fc.constantFrom(...config.priorities),
        (sections, priority) => {
          const result = parsedBack(sections, priority);
          expect(result.ok && result.report.sections).toEqual(sections);
          expect(result.ok && result.report.priority).toBe(priority);
        },
      ),
      { numRuns: 200 },
    );
  });
});
