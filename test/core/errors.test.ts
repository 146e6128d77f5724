import { isTransient, toUserMessage, UserError } from '../../src/core/errors';

const appsScriptError = (message: string) =>
  Object.assign(new Error(message), { name: 'Exception' });

describe('what the user is told', () => {
  it('passes a UserError message through unchanged', () => {
    expect(toUserMessage(new UserError('Kolom "Email" wajib diisi.', 'Email'))).toEqual({
      message: 'Kolom "Email" wajib diisi.',
      retryable: false,
    });
  });

  it.each([
    ['Service invoked too many times for one day: email.', /Batas harian/, false],
    [
      'Service invoked too many times in a short time: Range. Try Utilities.sleep(1000) between calls.',
      /membatasi/,
      true,
    ],
    ["Service unavailable: Gmail. We're sorry, a server error occurred.", /tidak tersedia/, true],
    ['Lock timeout: another process was holding the lock for too long.', /sedang memproses/, true],
    ['Exceeded maximum execution time', /batas waktu/, true],
  ])('translates "%s"', (raw, expected, retryable) => {
    const said = toUserMessage(appsScriptError(raw));
    expect(said.message).toMatch(expected);
    expect(said.retryable).toBe(retryable);
    expect(isTransient(appsScriptError(raw))).toBe(retryable);
  });

  it('never shows a stack trace or the raw error for something unexpected', () => {
    const said = toUserMessage(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(said.message).not.toMatch(/undefined|TypeError|at /);
    expect(said.message).toMatch(/tidak terduga/);
  });
});
