/**
 * The units a daily report can come from, from the Unit table (Kode, Nama, Alias, Email
 * Kepala, Aktif) and the staff registered to each unit in Pengguna (their addresses identify
 * the unit when a subject does not name it).
 */
import type { User } from '../access/users';
import type { DailyUnit } from './config';

const text = (cell: unknown) => (cell === undefined || cell === null ? '' : String(cell).trim());
const INACTIVE = new Set(['tidak', 't', 'n', 'false', 'nonaktif', '0']);

export function dailyUnitsFrom(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  users: readonly User[],
): DailyUnit[] {
  const col = (name: string) =>
    header.findIndex((h) => text(h).toLowerCase() === name.toLowerCase());
  const [iCode, iName, iAlias, iHead, iActive] = [
    'Kode',
    'Nama',
    'Alias',
    'Email Kepala',
    'Aktif',
  ].map(col);
  const at = (row: readonly unknown[], i: number | undefined) =>
    i === undefined || i < 0 ? '' : text(row[i]);
  return rows.flatMap((row) => {
    const code = at(row, iCode);
    const name = at(row, iName);
    if ((code === '' && name === '') || INACTIVE.has(at(row, iActive).toLowerCase())) return [];
    const keys = new Set([code.toLowerCase(), name.toLowerCase()]);
    const head = at(row, iHead).toLowerCase();
    return [
      {
        code: code || name,
        name: name || code,
        aliases: at(row, iAlias)
          .split(/[;,\n]/)
          .map((a) => a.trim())
          .filter((a) => a !== ''),
        ...(head ? { headEmail: head } : {}),
        members: users.filter((u) => keys.has(u.unit.toLowerCase())).map((u) => u.email),
      },
    ];
  });
}
