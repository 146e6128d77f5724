/**
 * Whether the coordinator's digest of today is due: the hourly job's first run after the
 * digest time of a working day sends it, once (digestKey in `sent`). Never on a weekend,
 * holiday, cuti bersama or regional day off, never before the go-live day, never with nobody
 * to send it to or no unit to report on. Days before go-live are left out of its history.
 */
import { calendarDateOf, isWorkingDay } from '../workdays';
import { complianceMatrix, type LookupInput } from './compliance';
import type { DailyUnit } from './config';
import { dailyDigest, digestKey, digestRange } from './digest';
import { reportDeadline } from './late';

export interface DigestInput extends LookupInput {
  readonly units: readonly DailyUnit[];
  readonly coordinators: readonly string[];
  readonly sent: ReadonlySet<string>;
  /** 'HH:MM' on the config's clock. */
  readonly digestTime: string;
  /** First day reports are required, 'YYYY-MM-DD'; null when not set. */
  readonly since: string | null;
}

export interface PlannedDigest {
  readonly key: string;
  readonly recipients: readonly string[];
  readonly subject: string;
  /** Plain text, for mail clients that show no HTML. */
  readonly body: string;
  /** The units × days table, readable on a phone. */
  readonly html: string;
}

export function planDigest(input: DigestInput): PlannedDigest | null {
  const { calendar, config, now, since } = input;
  const today = calendarDateOf(now, calendar);
  if (!isWorkingDay(today, calendar) || (since !== null && today < since)) return null;
  const key = digestKey(today);
  if (input.sent.has(key) || input.coordinators.length === 0 || input.units.length === 0) {
    return null;
  }
  // Today is a working day, so its "deadline" at the digest time is simply today at that time.
  if (now <= reportDeadline(today, { ...config, cutoff: input.digestTime }, calendar)) return null;
  const range = digestRange(today);
  const from = since !== null && since > range.from ? since : range.from;
  const digest = dailyDigest(complianceMatrix({ ...input, from, to: today }), { date: today });
  return {
    key,
    recipients: input.coordinators,
    subject: digest.subject,
    body: digest.text,
    html: digest.html,
  };
}
