/**
 * Roles as DOMAIN.md names them. The id is what the Pengguna sheet stores (an admin types
 * or picks it); the label is what the UI shows.
 */
export const ROLES = {
  ADMIN: 'Admin Sistem',
  KOORDINATOR_SPBE: 'Koordinator SPBE',
  PENGISI_OPD: 'Pengisi OPD',
  KOORDINATOR_EMAIL: 'Koordinator Email Daily',
  PEGAWAI: 'Pegawai',
  OPERATOR_PROTOKOL: 'Operator Protokol',
  KOORDINATOR_PROTOKOL: 'Koordinator Protokol',
  PIMPINAN: 'Pimpinan',
  TIM_KONTEN: 'Tim Konten',
} as const;

export type Role = keyof typeof ROLES;

const ROLE_IDS: ReadonlySet<string> = new Set(Object.keys(ROLES));

export const isRole = (value: string): value is Role => ROLE_IDS.has(value);

/** "ADMIN, PEGAWAI" or "Admin Sistem; Pegawai" → roles; unknown words are reported, not dropped silently. */
export function parseRoles(cell: string): { roles: Role[]; unknown: string[] } {
  const roles: Role[] = [];
  const unknown: string[] = [];
  for (const raw of cell.split(/[,;]/)) {
    const word = raw.trim();
    if (word === '') continue;
    const byId = word.toUpperCase().replace(/\s+/g, '_');
    const byLabel = (Object.keys(ROLES) as Role[]).find(
      (r) => ROLES[r].toLowerCase() === word.toLowerCase(),
    );
    const role = isRole(byId) ? byId : byLabel;
    if (role === undefined) unknown.push(word);
    else if (!roles.includes(role)) roles.push(role);
  }
  return { roles, unknown };
}
