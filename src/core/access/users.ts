/**
 * Reading the Pengguna sheet. Rows are typed by hand by admins, so each row is validated
 * and a bad row is reported by its row number and column instead of being guessed at.
 */
// zod/mini: the tree-shakable build; classic zod would add ~400 KB of locales to Code.js.
import * as z from 'zod/mini';
import { USERS_TABLE } from '../data/tables';
import { parseRoles, type Role } from './roles';

export interface User {
  readonly email: string;
  readonly name: string;
  readonly unit: string;
  readonly roles: readonly Role[];
  readonly active: boolean;
}

export interface RowProblem {
  /** 1-based sheet row, as the admin sees it. */
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

const cellText = z.pipe(
  z.union([z.string(), z.number(), z.boolean(), z.date()]),
  z.transform((v) => String(v).trim()),
);
const email = z.email();

const ACTIVE_WORDS = new Set(['', 'ya', 'y', 'true', 'aktif', '1']);
const INACTIVE_WORDS = new Set(['tidak', 't', 'n', 'false', 'nonaktif', '0']);

/** `rows` exclude the header; `header` maps column names to positions. */
export function readUsers(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
): { users: User[]; problems: RowProblem[] } {
  const col = (name: string) =>
    header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
  const [iEmail, iName, iUnit, iRoles, iActive] = ['Email', 'Nama', 'Unit', 'Peran', 'Aktif'].map(
    col,
  );
  const users: User[] = [];
  const problems: RowProblem[] = [];
  rows.forEach((row, index) => {
    const sheetRow = index + 2;
    const text = (i: number | undefined) => {
      if (i === undefined || i < 0) return '';
      const parsed = cellText.safeParse(row[i] ?? '');
      return parsed.success ? parsed.data : '';
    };
    const address = text(iEmail).toLowerCase();
    if (address === '' && row.every((c) => String(c ?? '').trim() === '')) return;
    if (!email.safeParse(address).success) {
      problems.push({
        row: sheetRow,
        column: 'Email',
        message: `"${address}" bukan alamat email yang valid`,
      });
      return;
    }
    const { roles, unknown } = parseRoles(text(iRoles));
    for (const word of unknown) {
      problems.push({ row: sheetRow, column: 'Peran', message: `peran "${word}" tidak dikenal` });
    }
    const activeWord = text(iActive).toLowerCase();
    if (!ACTIVE_WORDS.has(activeWord) && !INACTIVE_WORDS.has(activeWord)) {
      problems.push({
        row: sheetRow,
        column: 'Aktif',
        message: `isi "Ya" atau "Tidak", bukan "${activeWord}"`,
      });
    }
    users.push({
      email: address,
      name: text(iName),
      unit: text(iUnit),
      roles,
      active: !INACTIVE_WORDS.has(activeWord),
    });
  });
  return { users, problems };
}

export const findUser = (users: readonly User[], address: string): User | undefined =>
  users.find((u) => u.active && u.email === address.trim().toLowerCase());

export const USERS_SHEET = USERS_TABLE.name;
