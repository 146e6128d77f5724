/**
 * Dates as Indonesian users read them, always in the instansi's time zone (WIB by default),
 * whatever the server's zone: "Senin, 23 November 2026" and "08.00 WIB".
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { id } from 'date-fns/locale/id';

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

const ZONE_ABBREVIATIONS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const inZone = (at: Date, timeZone: string) => new TZDate(at.getTime(), timeZone);

export const formatLongDate = (at: Date, timeZone = DEFAULT_TIME_ZONE): string =>
  format(inZone(at, timeZone), 'EEEE, d MMMM yyyy', { locale: id });

export const formatTime = (at: Date, timeZone = DEFAULT_TIME_ZONE): string =>
  `${format(inZone(at, timeZone), 'HH.mm')} ${ZONE_ABBREVIATIONS[timeZone] ?? timeZone}`;

export const formatDateTime = (at: Date, timeZone = DEFAULT_TIME_ZONE): string =>
  `${formatLongDate(at, timeZone)} ${formatTime(at, timeZone)}`;

/** The calendar date in the zone, as used in keys and report subjects: 2026-11-23. */
export const isoDateIn = (at: Date, timeZone = DEFAULT_TIME_ZONE): string =>
  format(inZone(at, timeZone), 'yyyy-MM-dd');
