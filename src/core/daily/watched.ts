/**
 * The AlamatDipantau sheet: the official addresses whose incoming mail has a standard
 * response time (seed 000), with the unit that owns each and the category of its mail.
 * Typed by hand, so every row is checked and a bad one reported by its cell, never guessed.
 */
import { cellText, isEmail, shown } from '../data/cells';
import { bareAddress } from './response';
import { openSheet, type SheetProblem, WATCHED_ADDRESSES_TABLE } from './tables';

export interface WatchedAddress {
  /** Lower case, without display name. */
  readonly address: string;
  readonly unit: string;
  readonly category: string;
}

/** Reads AlamatDipantau; an address listed twice keeps its first row. Never throws. */
export function readWatchedAddresses(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
): { addresses: WatchedAddress[]; problems: SheetProblem[] } {
  const sheet = WATCHED_ADDRESSES_TABLE.name;
  const problems: SheetProblem[] = [];
  const opened = openSheet(WATCHED_ADDRESSES_TABLE, header, rows, ['Alamat'], problems);
  const addresses: WatchedAddress[] = [];
  const seen = new Map<string, number>();
  for (const r of opened?.rows ?? []) {
    const typed = cellText(r.cell('Alamat')) ?? '';
    const address = bareAddress(typed);
    const problem =
      typed === ''
        ? 'Alamat wajib diisi; baris ini diabaikan'
        : !isEmail(address)
          ? `"${shown(r.cell('Alamat'))}" bukan alamat email yang valid`
          : seen.has(address)
            ? `${address} sudah tercantum di baris ${seen.get(address)}; baris ini diabaikan`
            : null;
    if (problem !== null) {
      problems.push({ sheet, row: r.row, column: 'Alamat', message: problem });
      continue;
    }
    seen.set(address, r.row);
    addresses.push({
      address,
      unit: cellText(r.cell('Unit')) ?? '',
      category: cellText(r.cell('Kategori')) ?? '',
    });
  }
  return { addresses, problems };
}
