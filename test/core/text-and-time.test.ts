import fc from 'fast-check';
import { dailyReportHtml, dailyReportSubject } from '../../src/core/daily/template';
import { sheetSafe } from '../../src/core/text/sheet-safe';
import { formatDateTime, formatLongDate, isoDateIn } from '../../src/core/time/format';

describe('sheetSafe', () => {
  it.each(['=IMPORTXML("http://x")', '+62 812', '-1', '@here'])(
    'keeps %s from becoming a formula',
    (text) => {
      expect(sheetSafe(text)).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text as it is', () => {
    expect(sheetSafe('Laporan 22/11')).toBe('Laporan 22/11');
  });

  it('never returns text that starts a formula (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => expect(/^[=+\-@]/.test(sheetSafe(s))).toBe(false)));
  });
});

describe('dates in WIB', () => {
  // 23 Nov 2026 17:30 UTC is already Tuesday 24 Nov 00:30 in Jakarta.
  const lateEvening = new Date('2026-11-23T17:30:00Z');

  it('uses the Jakarta calendar day, not the server day', () => {
    expect(formatLongDate(lateEvening)).toBe('Selasa, 24 November 2026');
    expect(isoDateIn(lateEvening)).toBe('2026-11-24');
    expect(formatDateTime(lateEvening)).toBe('Selasa, 24 November 2026 00.30 WIB');
  });

  it('labels other Indonesian zones', () => {
    expect(formatDateTime(lateEvening, 'Asia/Makassar')).toBe(
      'Selasa, 24 November 2026 01.30 WITA',
    );
  });
});

describe('daily report template', () => {
  it('writes the subject in the standard format with the Jakarta date', () => {
    expect(dailyReportSubject('Dinas Kominfo', new Date('2026-11-22T20:00:00Z'))).toBe(
      '[LAPORAN HARIAN] Dinas Kominfo — 23 November 2026',
    );
  });

  it('escapes the unit name in the HTML body and lists every section and the priority', () => {
    const html = dailyReportHtml('Bagian <Umum>');
    expect(html).toContain('Bagian &lt;Umum&gt;');
    for (const s of ['Ringkasan', 'Capaian', 'Kendala', 'Rencana Besok', 'Lampiran', 'Prioritas'])
      expect(html).toContain(s);
  });
});
