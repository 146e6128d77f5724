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

export function dailyReportSubject(
  unit: string,
  day: Date,
  timeZone = DEFAULT_TIME_ZONE,
  config: DailyConfig = DEFAULT_DAILY_CONFIG,
): string {
  const date = format(new TZDate(day.getTime(), timeZone), 'd MMMM yyyy', { locale: id });
  return `[${config.subjectTag}] ${unit} — ${date}`;
}

/** What the sender typed in the compose card: section name → text, and the priority. */
export interface ReportFill {
  readonly sections?: Readonly<Record<string, string>>;
  readonly priority?: string;
}

/** Typed text as HTML: escaped, its line breaks kept. */
const htmlLines = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');

/**
 * HTML for the draft: one heading per section with what the sender typed (or a line to
 * fill in), then the priority. The parser reads "…" as not filled in and
 * "Tinggi | Sedang | Rendah" as not chosen, so an empty fill gives the blank template.
 */
export function dailyReportHtml(
  unit: string,
  config: DailyConfig = DEFAULT_DAILY_CONFIG,
  fill: ReportFill = {},
): string {
  const sections = config.sections
    .map((s) => {
      const typed = fill.sections?.[s.name]?.trim() ?? '';
      return `<p><b>${escapeHtml(s.name)}:</b><br>${typed === '' ? '…' : htmlLines(typed)}</p>`;
    })
    .join('');
  const chosen = config.priorities.find((p) => p === fill.priority);
  const priority = chosen ?? config.priorities.join(' | ');
  return `<p>Yth. Koordinator Email Daily,</p><p>Berikut laporan harian ${escapeHtml(unit)}.</p>${sections}<p><b>Prioritas:</b> ${escapeHtml(priority)}</p>`;
}
