/**
 * The operational tables of the data spreadsheet. Each is a sheet whose first row holds the
 * headers below; later modules add their tables here. Headers are Indonesian because admins
 * read and edit these sheets directly. Columns are only ever appended, never renamed or
 * removed, so re-running setup migrates a sheet without touching the data under it.
 */
export interface TableDef {
  /** Sheet name. */
  readonly name: string;
  readonly description: string;
  readonly headers: readonly string[];
}

export const USERS_TABLE: TableDef = {
  name: 'Pengguna',
  description: 'Pegawai yang memakai SPBE Workspace beserta perannya',
  headers: ['Email', 'Nama', 'Unit', 'Peran', 'Aktif', 'Dicatat'],
};

export const UNITS_TABLE: TableDef = {
  name: 'Unit',
  description: 'Perangkat daerah / unit kerja',
  headers: ['Kode', 'Nama', 'Alias', 'Email Kepala', 'Aktif'],
};

export const AUDIT_TABLE: TableDef = {
  name: 'LogAudit',
  description: 'Jejak setiap perubahan: siapa, kapan, apa',
  headers: ['Waktu', 'Pengguna', 'Aksi', 'Objek', 'Keterangan'],
};

export const JOB_LOG_TABLE: TableDef = {
  name: 'LogTugas',
  description: 'Riwayat tugas terjadwal (pemicu waktu)',
  headers: ['Mulai', 'Selesai', 'Tugas', 'Status', 'Keterangan'],
};

export const DATA_TABLES: readonly TableDef[] = [
  USERS_TABLE,
  UNITS_TABLE,
  AUDIT_TABLE,
  JOB_LOG_TABLE,
];
