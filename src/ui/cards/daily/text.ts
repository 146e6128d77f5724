/** Wording shared by the LENTERA cards: warnings, times and durations as users read them. */
import { escapeHtml } from '../../../core/text/html';
import { formatDateTime } from '../../../core/time/format';

/** Card HTML in red (card text allows <font color>): what the user must act on. */
export const red = (html: string): string => `<font color="#b00020">${html}</font>`;

/** A plain-text message in red; escaped here. */
export const alert = (message: string): string => red(escapeHtml(message));

/** An instant in WIB: "Senin, 23 November 2026 09.15 WIB". */
export const when = (ms: number): string => escapeHtml(formatDateTime(new Date(ms)));

/** Working minutes as hours and minutes: 480 → "8 jam", 90 → "1 jam 30 menit". */
export function duration(minutes: number): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return [hours > 0 ? `${hours} jam` : '', rest > 0 || hours === 0 ? `${rest} menit` : '']
    .filter(Boolean)
    .join(' ');
}
