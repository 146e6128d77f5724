/**
 * Errors of the Advanced Gmail service. Apps Script wraps every Gmail API failure as
 * `GoogleJsonResponseException: API call to gmail.<resource>.<method> failed with error:
 * <API message>`; code that tells a vanished thread from an outage keys on that message or on
 * the HTTP code in `details.code`, so the fake reproduces both. The messages are the API's own
 * ("Requested entity was not found.", "Label name exists or conflicts", …).
 */
import type { AppsScriptErrorName } from '../../errors';
import type { FakeKernel } from '../../kernel';

export type GmailApiError = Error & {
  readonly kind: AppsScriptErrorName;
  readonly details: { code: number; message: string; errors: { reason: string }[] };
};

const KIND_BY_CODE: Record<number, AppsScriptErrorName> = {
  400: 'INVALID_ARGUMENT',
  403: 'PERMISSION',
  404: 'NOT_FOUND',
  409: 'INVALID_ARGUMENT',
};

/** `method` is the API name, e.g. `users.threads.get`. */
export function apiError(
  kernel: FakeKernel,
  method: string,
  code: number,
  message: string,
  reason: string,
): GmailApiError {
  const kind = KIND_BY_CODE[code] ?? 'SERVER_ERROR';
  const error = kernel.error(kind, `Gmail.${method}`);
  error.message = `API call to gmail.${method} failed with error: ${message}`;
  error.name = 'GoogleJsonResponseException';
  return Object.assign(error, { kind, details: { code, message, errors: [{ reason }] } });
}

export const notFound = (kernel: FakeKernel, method: string): GmailApiError =>
  apiError(kernel, method, 404, 'Requested entity was not found.', 'notFound');

export const invalid = (kernel: FakeKernel, method: string, message: string): GmailApiError =>
  apiError(kernel, method, 400, message, 'invalidArgument');
