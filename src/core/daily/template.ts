/**
 * The default daily report (seed 000: subject format, summary, attachments, priority).
 * The compose action inserts it; the report parser of the LENTERA module reads the same
 * section names back. Sections, priorities and the subject tag come from the daily config,
 * so the template and the parser cannot drift apart.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { id } from 'date-fns/locale/id';
import { escapeHtml } from '../text/html';
import { DEFAULT_TIME_ZONE } from '../time/format';
import { type DailyConfig, DEFAULT_DAILY_CONFIG } from './config';

export const REPORT_SECTIONS: readonly string[] = DEFAULT_DAILY_CONFIG.sections.map((s) => s.name);
export const PRIORITIES: readonly string[] = DEFAULT_DAILY_CONFIG.priorities;

export function dailyReportSubject(
  unit: string,
  day: Date,
  timeZone = DEFAULT_TIME_ZONE,
  config: DailyConfig = DEFAULT_DAILY_CONFIG,
): string {
  const date = format(new TZDate(day.getTime(), timeZone), 'd MMMM yyyy', { locale: id });
  return `[${config.subjectTag}] ${unit} — ${date}`;
}

/**
 * HTML for the draft: one heading per section with a line to fill in, then the priority.
 * The parser reads "…" as not filled in and "Tinggi | Sedang | Rendah" as not chosen.
 */
export function dailyReportHtml(unit: string, config: DailyConfig = DEFAULT_DAILY_CONFIG): string {
  const sections = config.sections.map((s) => `<p><b>${escapeHtml(s.name)}:</b><br>…</p>`).join('');
  const priorities = config.priorities.map(escapeHtml).join(' | ');
  return `<p>Yth. Koordinator Email Daily,</p><p>Berikut laporan harian ${escapeHtml(unit)}.</p>${sections}<p><b>Prioritas:</b> ${priorities}</p>`;
}
