/**
 * Errors of the Advanced Calendar service. Apps Script wraps every Calendar API failure as
 * `GoogleJsonResponseException: API call to calendar.<resource>.<method> failed with error:
 * <API message>`, and code that handles them (e.g. a 410 on an expired sync token) keys on the
 * HTTP code in `details.code` or on that message, so the fake reproduces both. The `kind` stays
 * one of the kernel's catalogue so tests can assert on it like on any other fake error.
 */
import type { AppsScriptErrorName } from '../errors';
import type { FakeKernel } from '../kernel';

export type CalendarApiError = Error & {
  readonly kind: AppsScriptErrorName;
  readonly details: { code: number; message: string; errors: { reason: string }[] };
};

const KIND_BY_CODE: Record<number, AppsScriptErrorName> = {
  400: 'INVALID_ARGUMENT',
  403: 'PERMISSION',
  404: 'NOT_FOUND',
  409: 'INVALID_ARGUMENT',
  410: 'INVALID_ARGUMENT',
};

/** `method` is the API name, e.g. `events.list`; `message` the API's own text. */
export function apiError(
  kernel: FakeKernel,
  method: string,
  code: number,
  message: string,
  reason = 'invalid',
): CalendarApiError {
  const kind = KIND_BY_CODE[code] ?? 'SERVER_ERROR';
  const error = kernel.error(kind, `Calendar.${method}`);
  error.message = `API call to calendar.${method} failed with error: ${message}`;
  error.name = 'GoogleJsonResponseException';
  return Object.assign(error, { kind, details: { code, message, errors: [{ reason }] } });
}

export const notFound = (kernel: FakeKernel, method: string): CalendarApiError =>
  apiError(kernel, method, 404, 'Not Found', 'notFound');

export const badRequest = (kernel: FakeKernel, method: string, message: string) =>
  apiError(kernel, method, 400, message, 'invalid');
