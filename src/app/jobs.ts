/**
 * Scheduled jobs. Every run is written to the LogTugas table (start, end, status, note) so
 * the admin can see from the spreadsheet that the jobs run and what failed; a failure is
 * logged and re-thrown so Apps Script's own failure notification reaches the owner too.
 */
import { JOB_LOG_TABLE } from '../core/data/tables';
import { toUserMessage } from '../core/errors';
import { sheetSafe } from '../core/text/sheet-safe';
import type { DataBook, Ports } from '../ports';
import { locateDataBook } from './data-book';
import { ensureTables, seedHolidayYears } from './setup';

export function runLoggedJob(ports: Ports, name: string, work: (book: DataBook) => string): string {
  const state = locateDataBook(ports);
  if (state.kind !== 'ready') {
    // Without the data spreadsheet there is nowhere to log: the execution log must do.
    const reason =
      state.kind === 'absent' ? 'belum disiapkan' : 'spreadsheet data tidak dapat dibuka';
    ports.log.info(`${name} dilewati: ${reason}`);
    return `dilewati: ${reason}`;
  }
  const { book } = state;
  const started = ports.clock.now();
  try {
    const note = work(book);
    book.append(JOB_LOG_TABLE.name, [
      [started, ports.clock.now(), name, 'BERHASIL', sheetSafe(note)],
    ]);
    return note;
  } catch (error) {
    ports.log.error(`${name} gagal`, error);
    book.append(JOB_LOG_TABLE.name, [
      [started, ports.clock.now(), name, 'GAGAL', sheetSafe(toUserMessage(error).message)],
    ]);
    throw error;
  }
}

/** Nightly maintenance: a table an admin deleted or a column they removed is restored. */
export function nightlyMaintenance(ports: Ports): string {
  return runLoggedJob(ports, 'Pemeliharaan malam', (book) =>
    ports.lock.run(() => {
      const { created, migrated } = ensureTables(book);
      const repaired = [...created, ...migrated];
      const holidays = seedHolidayYears(ports, book);
      const tables =
        repaired.length === 0 ? 'Semua tabel utuh' : `Diperbaiki: ${repaired.join(', ')}`;
      return holidays > 0 ? `${tables}; ${holidays} hari libur nasional ditambahkan` : tables;
    }),
  );
}
