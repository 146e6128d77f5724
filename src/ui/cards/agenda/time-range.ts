/** "Senin, 23 November 2026 08.00 WIB – 10.00 WIB" (the date once when both ends share it). */
import { formatDateTime, formatTime, isoDateIn } from '../../../core/time/format';

export function timeRange(start: number, end: number): string {
  const from = new Date(start);
  const to = new Date(end);
  return isoDateIn(from) === isoDateIn(to)
    ? `${formatDateTime(from)} – ${formatTime(to)}`
    : `${formatDateTime(from)} – ${formatDateTime(to)}`;
}
