import { parseRoles } from '../../src/core/access/roles';
import { findUser, readUsers } from '../../src/core/access/users';

const header = ['Email', 'Nama', 'Unit', 'Peran', 'Aktif', 'Dicatat'];

describe('reading the Pengguna sheet', () => {
  it('reads roles by id or by their Indonesian name, and skips blank rows', () => {
    const { users, problems } = readUsers(header, [
      ['Admin@Bangka.go.id ', 'Rina', 'Diskominfo', 'ADMIN; Koordinator SPBE', 'Ya', ''],
      ['', '', '', '', '', ''],
      ['operator@bangka.go.id', 'Dedi', 'Protokol', 'operator protokol', '', ''],
    ]);
    expect(problems).toEqual([]);
    expect(users.map((u) => [u.email, u.roles])).toEqual([
      ['admin@bangka.go.id', ['ADMIN', 'KOORDINATOR_SPBE']],
      ['operator@bangka.go.id', ['OPERATOR_PROTOKOL']],
    ]);
  });

  it('names the row and column of each bad cell', () => {
    const { problems } = readUsers(header, [
      ['bukan-email', 'X', '', 'ADMIN', 'Ya', ''],
      ['a@bangka.go.id', 'A', '', 'Bupati', 'mungkin', ''],
    ]);
    expect(problems).toEqual([
      { row: 2, column: 'Email', message: '"bukan-email" bukan alamat email yang valid' },
      { row: 3, column: 'Peran', message: 'peran "Bupati" tidak dikenal' },
      { row: 3, column: 'Aktif', message: 'isi "Ya" atau "Tidak", bukan "mungkin"' },
    ]);
  });

  it('does not let an inactive user in', () => {
    const { users } = readUsers(header, [['a@bangka.go.id', 'A', '', 'ADMIN', 'Tidak', '']]);
    expect(findUser(users, 'a@bangka.go.id')).toBeUndefined();
  });

  it('reports unknown role words instead of dropping them silently', () => {
    expect(parseRoles('Pimpinan, Raja')).toEqual({ roles: ['PIMPINAN'], unknown: ['Raja'] });
  });
});
