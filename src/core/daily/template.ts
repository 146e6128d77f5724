/**
 * The default daily report (seed 000: subject format, summary, attachments, priority).
 * The compose action inserts it; the report parser of the LENTERA module reads the same
 * section names back.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { id } from 'date-fns/locale/id';
import { escapeHtml } from '../text/html';
import { DEFAULT_TIME_ZONE } from '../time/format';

export const REPORT_SECTIONS = [
  'Ringkasan',
  'Capaian',
  'Kendala',
  'Rencana Besok',
  'Lampiran',
] as const;
export const PRIORITIES = ['Tinggi', 'Sedang', 'Rendah'] as const;

export function dailyReportSubject(unit: string, day: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const date = format(new TZDate(day.getTime(), timeZone), 'd MMMM yyyy', { locale: id });
  return `[LAPORAN HARIAN] ${unit} — ${date}`;
}

/** HTML for the draft: one heading per section with a line to fill in, then the priority. */
export function dailyReportHtml(unit: string): string {
  const sections = REPORT_SECTIONS.map((name) => `<p><b>${name}:</b><br>…</p>`).join('');
  return `<p>Yth. Koordinator Email Daily,</p><p>Berikut laporan harian ${escapeHtml(unit)}.</p>${sections}<p><b>Prioritas:</b> ${PRIORITIES.join(' | ')}</p>`;
}
