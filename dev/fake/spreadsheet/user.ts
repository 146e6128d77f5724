/** Base.User as the Spreadsheet service hands it out (owner, editors, protection editors). */
import type { FakeKernel } from '../kernel';

export class FakeUser {
  constructor(
    private readonly kernel: FakeKernel,
    readonly emailAddress: string,
  ) {}

  getEmail(): string {
    this.kernel.call('User.getEmail');
    return this.emailAddress;
  }
}

/** Accepts an email or a User (from any fake), as Google's overloads do. */
export function emailOf(userOrEmail: unknown): string {
  if (typeof userOrEmail === 'string') return userOrEmail;
  // Our own users are read without counting a User.getEmail the script never made.
  if (userOrEmail instanceof FakeUser) return userOrEmail.emailAddress;
  if (
    userOrEmail !== null &&
    typeof userOrEmail === 'object' &&
    'getEmail' in userOrEmail &&
    typeof userOrEmail.getEmail === 'function'
  ) {
    return String(userOrEmail.getEmail());
  }
  return String(userOrEmail);
}

export function uniqueEmails(emails: string[]): string[] {
  const seen = new Set<string>();
  return emails.filter((e) => {
    const key = e.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
