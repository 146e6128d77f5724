/**
 * LENTERA's mailbox job and how the coordinator switches it on. The job reads the mailbox
 * of whoever installed it, so only the Koordinator Email Daily may install it, from their
 * own account.
 */
import { MAILBOX_JOBS, type TriggerSpec } from '../../core/jobs/schedule';
import { planTriggers } from '../../core/setup/trigger-plan';
import type { Ports } from '../../ports';
import { requireDataBook } from '../data-book';
import { runLoggedJob } from '../jobs';
import { currentUser, requireRole } from '../users';
import { ingestReports } from './ingest';

export function dailyIngestJob(ports: Ports): string {
  return runLoggedJob(ports, 'Penerimaan laporan harian', (book) =>
    ports.lock.run(() => {
      const r = ingestReports(ports, book);
      return (
        `${r.logged} laporan dicatat, ${r.needsCheck} perlu diperiksa, ${r.skipped} sudah tercatat` +
        (r.complete ? '' : '; belum selesai, dilanjutkan pada jalan berikutnya')
      );
    }),
  );
}

/**
 * Installs a mailbox job for the signed-in user, exactly once (duplicates removed); true when
 * it was not installed before.
 */
export function installMailboxJob(ports: Ports, spec: TriggerSpec): boolean {
  const mine = ports.triggers.list().filter((t) => t.handler === spec.handler);
  const plan = planTriggers(mine, [spec]);
  for (const stale of plan.remove) ports.triggers.remove(stale.id);
  for (const wanted of plan.create) ports.triggers.install(wanted);
  return plan.create.length > 0;
}

/** Installs the hourly ingestion for the signed-in coordinator (once); returns a sentence. */
export function enableIngestion(ports: Ports): string {
  const book = requireDataBook(ports);
  requireRole(currentUser(ports, book), 'KOORDINATOR_EMAIL', 'mengaktifkan penerimaan laporan');
  return installMailboxJob(ports, MAILBOX_JOBS.dailyIngest)
    ? 'Penerimaan laporan harian otomatis diaktifkan: kotak masuk Anda diperiksa tiap jam.'
    : 'Penerimaan laporan harian otomatis sudah aktif.';
}
