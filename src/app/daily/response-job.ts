/**
 * The response-time job and how a mailbox owner switches it on. Watched addresses belong to
 * unit mailboxes, and a job reads only the mailbox of the user who installed it, so it is
 * installed from the owner's own account: someone whose address is in AlamatDipantau, or
 * whose mailbox receives mail for one of its addresses (an alias or group), or the
 * Koordinator Email Daily / Admin Sistem, who may run it for a shared mailbox they sign in to.
 */

import { receivesWatched, type TrackingRules, trackingQuery } from '../../core/daily/tracking';
import { UserError } from '../../core/errors';
import { MAILBOX_JOBS } from '../../core/jobs/schedule';
import type { Ports } from '../../ports';
import { requireDataBook } from '../data-book';
import { runLoggedJob } from '../jobs';
import { canReview, dailyContextOf } from './context';
import { installMailboxJob } from './jobs';
import { trackingRulesOf, trackResponses } from './response-tracking';

/** Threads looked at to find out whether the mailbox receives a watched address. */
const PROBE = 20;

export function dailyResponseJob(ports: Ports): string {
  return runLoggedJob(ports, 'Waktu respons surat resmi', (book) => {
    const r = trackResponses(ports, book);
    if (r.addresses === 0) return 'Dilewati: sheet AlamatDipantau belum berisi alamat';
    return (
      `${r.added} surat resmi baru dicatat, ${r.updated} baris diperbarui, ${r.rechecked} percakapan terbuka diperiksa ulang` +
      (r.unreadable > 0
        ? `; ${r.unreadable} isian SuratResmi tidak terbaca (lihat sheetnya)`
        : '') +
      (r.complete ? '' : '; belum selesai, dilanjutkan pada jalan berikutnya')
    );
  });
}

/** Whether mail for a watched address reaches this mailbox without naming it (alias, group). */
function receivesAlias(ports: Ports, rules: TrackingRules): boolean {
  const query = trackingQuery(
    rules.watched.map((w) => w.address),
    0,
  );
  return ports.mailbox.search(query, null, PROBE).threads.some((t) => receivesWatched(t, rules));
}

/** Installs the hourly tracking for the signed-in user (once); returns a sentence. */
export function enableResponseTracking(ports: Ports): string {
  const ctx = dailyContextOf(ports, requireDataBook(ports));
  const rules = trackingRulesOf(ports, ctx);
  const owner = rules.watched.some((w) => w.address === rules.mailbox);
  if (!owner && !canReview(ctx) && (rules.watched.length === 0 || !receivesAlias(ports, rules))) {
    throw new UserError(
      `Pemantauan waktu respons dijalankan di kotak surat pemilik alamat yang dipantau. Alamat Anda (${rules.mailbox || 'tidak terbaca'}) tidak tercantum di kolom Alamat sheet AlamatDipantau, dan kotak surat Anda belum menerima surat untuk alamat yang tercantum di sana. Minta Admin Sistem menambahkan alamat unit Anda ke sheet AlamatDipantau (kolom Alamat, Unit, Kategori), lalu coba lagi.`,
    );
  }
  if (!installMailboxJob(ports, MAILBOX_JOBS.dailyResponse)) {
    return 'Pemantauan waktu respons surat resmi sudah aktif di kotak surat Anda.';
  }
  return rules.watched.length === 0
    ? 'Pemantauan waktu respons diaktifkan, tetapi sheet AlamatDipantau masih kosong: isi alamat yang dipantau agar surat masuk mulai diukur.'
    : 'Pemantauan waktu respons diaktifkan: surat masuk ke alamat yang dipantau di kotak surat Anda diperiksa tiap jam dan dicatat di sheet SuratResmi.';
}
