/**
 * What the Calendar fake's test files share: the users, a fresh service as the admin, a one-hour
 * meeting resource and the error a call throws. Kept out of the *.test.ts files so jest does not
 * run it as a suite.
 */
import { FakeCalendarService } from '../../dev/fake/calendar';
import { FakeKernel } from '../../dev/fake/kernel';

export const ADMIN = 'admin@bangka.go.id';
export const OPERATOR = 'operator@bangka.go.id';
export const OUTSIDER = 'tamu@example.com';

type Cal = GoogleAppsScript.Calendar;
export type Ev = GoogleAppsScript.Calendar.Schema.Event;

export function setup() {
  const kernel = new FakeKernel('2026-11-23T01:00:00.000Z');
  kernel.activeUser = ADMIN;
  const service = new FakeCalendarService(kernel);
  const Calendar = service.globals().Calendar as unknown as Cal;
  return { kernel, service, Calendar };
}

/** A one-hour meeting on a WIB wall-clock time. */
export function meeting(summary: string, day: string, hour: number, extra: Partial<Ev> = {}): Ev {
  const hh = String(hour).padStart(2, '0');
  const end = String(hour + 1).padStart(2, '0');
  return {
    summary,
    start: { dateTime: `${day}T${hh}:00:00+07:00` },
    end: { dateTime: `${day}T${end}:00:00+07:00` },
    ...extra,
  };
}

export function errorOf(fn: () => unknown): Error & { kind?: string; details?: { code: number } } {
  try {
    fn();
  } catch (e) {
    return e as Error & { kind?: string; details?: { code: number } };
  }
  throw new Error('expected an error');
}
