/**
 * Retrying a call to Google that failed for a passing reason (rate limit, backend error):
 * the mailbox jobs make hundreds of calls per run, and one hiccup must not waste the run.
 * Anything else (daily quota, permission) fails at once: retrying cannot help.
 */
import { isTransient } from '../core/errors';
import type { Ports } from '../ports';

const ATTEMPTS = 3;

export function withRetry<T>(ports: Pick<Ports, 'log'>, work: () => T): T {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return work();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isTransient(error)) throw error;
      ports.log.error(`Percobaan ${attempt} gagal, diulang`, error);
    }
  }
}
