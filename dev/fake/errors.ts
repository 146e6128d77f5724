/**
 * The errors Apps Script services throw, with the messages Google's runtime uses, so code
 * under test sees what it would see in production: an `Error` whose `name` is `Exception`
 * and whose message starts with the documented text. Fault injection and the fakes' own
 * argument checks both throw these.
 */
export const APPS_SCRIPT_ERRORS = {
  QUOTA_DAY: (service: string) => `Service invoked too many times for one day: ${service}.`,
  QUOTA_RATE: (service: string) =>
    `Service invoked too many times in a short time: ${service}. Try Utilities.sleep(1000) between calls.`,
  SERVICE_UNAVAILABLE: (service: string) =>
    `Service unavailable: ${service}. We're sorry, a server error occurred. Please wait a bit and try again.`,
  SERVER_ERROR: () => "We're sorry, a server error occurred. Please wait a bit and try again.",
  TIMEOUT: () => 'Exceeded maximum execution time',
  LOCK_TIMEOUT: () => 'Lock timeout: another process was holding the lock for too long.',
  PERMISSION: (service: string) =>
    `You do not have permission to call ${service}. Required permissions are missing.`,
  NOT_FOUND: (what: string) => `${what} not found or you do not have access to it.`,
  INVALID_ARGUMENT: (detail: string) => `Invalid argument: ${detail}`,
  OUT_OF_BOUNDS: (detail: string) =>
    `The coordinates of the range are outside the dimensions of the sheet. ${detail}`.trim(),
} as const;

export type AppsScriptErrorName = keyof typeof APPS_SCRIPT_ERRORS;

/** An Apps Script error: `name` is `Exception`; `kind` names the catalogue entry for tests. */
export type AppsScriptException = Error & { readonly kind: AppsScriptErrorName };

/**
 * `detail` is `Service.method` for service-level errors (the service part is what Google
 * names in quota messages) or the specific text for argument errors. `ErrorCtor` is the
 * realm's Error, so code running in a `node:vm` context sees an error of its own realm.
 */
export function appsScriptError(
  kind: AppsScriptErrorName,
  detail: string,
  ErrorCtor: ErrorConstructor = Error,
): AppsScriptException {
  const service = detail.split('.')[0] ?? detail;
  const specific = kind === 'INVALID_ARGUMENT' || kind === 'NOT_FOUND' || kind === 'OUT_OF_BOUNDS';
  const error = new ErrorCtor(APPS_SCRIPT_ERRORS[kind](specific ? detail : service));
  error.name = 'Exception';
  return Object.assign(error, { kind });
}
