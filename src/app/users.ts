/** Who the current user is, from the Pengguna table; authorisation is decided here, server side. */
import { ROLES, type Role } from '../core/access/roles';
import { findUser, readUsers, type User } from '../core/access/users';
import { USERS_TABLE } from '../core/data/tables';
import { UserError } from '../core/errors';
import type { DataBook, Ports } from '../ports';

export function currentUser(ports: Pick<Ports, 'identity'>, book: DataBook): User | undefined {
  const { header, rows } = book.read(USERS_TABLE.name);
  return findUser(readUsers(header, rows).users, ports.identity.currentUserEmail());
}

export function requireRole(user: User | undefined, role: Role, what: string): User {
  if (user?.roles.includes(role)) return user;
  throw new UserError(`Hanya ${ROLES[role]} yang dapat ${what}.`);
}
