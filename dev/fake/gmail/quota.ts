/**
 * The daily email-recipient quota MailApp and GmailApp share (Apps Script quotas: 1,500
 * recipients a day for Workspace accounts, counted per recipient of every message). Google
 * refreshes it 24 hours after the window started, so the fake does the same per user.
 */
import type { FakeKernel } from '../kernel';
import type { QuotaState } from './types';

export const WORKSPACE_DAILY_RECIPIENTS = 1500;
const DAY_MS = 86_400_000;

export class EmailQuota {
  state: QuotaState = { limit: WORKSPACE_DAILY_RECIPIENTS, used: {} };

  constructor(private readonly kernel: FakeKernel) {}

  remaining(user: string): number {
    const entry = this.window(user);
    return Math.max(0, this.state.limit - (entry?.count ?? 0));
  }

  /** Takes `recipients` from the user's quota, or throws Apps Script's daily-quota error. */
  consume(user: string, recipients: number): void {
    if (recipients > this.remaining(user)) throw this.kernel.error('QUOTA_DAY', 'email');
    const entry = this.window(user) ?? { windowStartMs: this.kernel.nowMillis(), count: 0 };
    entry.count += recipients;
    this.state.used[user.toLowerCase()] = entry;
  }

  private window(user: string): { windowStartMs: number; count: number } | undefined {
    const entry = this.state.used[user.toLowerCase()];
    if (!entry || this.kernel.nowMillis() - entry.windowStartMs >= DAY_MS) return undefined;
    return entry;
  }
}
