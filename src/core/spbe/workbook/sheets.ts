/**
 * The sheets of an SPBE workbook. `Penilaian` is where units and the coordinator work (one
 * row per indicator); `Ringkasan` is written by scoring; `Riwayat` and `Rencana` are filled
 * in by the coordinator. Headers are matched by name, so a coordinator may reorder or add
 * columns without breaking anything.
 */
export const ASSESSMENT_SHEET = 'Penilaian';
export const SUMMARY_SHEET = 'Ringkasan';
export const HISTORY_SHEET = 'Riwayat';
export const ROADMAP_SHEET = 'Rencana';

export const COL = {
  domain: 'Domain',
  aspect: 'Aspek',
  key: 'No',
  name: 'Indikator',
  weight: 'Bobot (%)',
  unit: 'Unit Penanggung Jawab',
  self: 'Level Mandiri',
  verified: 'Level Verifikasi',
  target: 'Level Target',
  evidence: 'Tautan Bukti',
  notes: 'Catatan',
  status: 'Status',
  updatedBy: 'Diperbarui Oleh',
  updatedAt: 'Diperbarui',
} as const;

export type ColumnId = keyof typeof COL;

export const ASSESSMENT_COLUMNS: readonly ColumnId[] = [
  'domain',
  'aspect',
  'key',
  'name',
  'weight',
  'unit',
  'self',
  'verified',
  'target',
  'evidence',
  'notes',
  'status',
  'updatedBy',
  'updatedAt',
];

/** Columns the framework fills in: written by setup, protected against accidental edits. */
export const COMPUTED_COLUMNS: readonly ColumnId[] = ['domain', 'aspect', 'key', 'name', 'weight'];

export const LEVEL_COLUMNS: readonly ColumnId[] = ['self', 'verified', 'target'];

export const STATUSES = [
  'Belum diisi',
  'Diusulkan',
  'Perlu perbaikan',
  'Diverifikasi',
  'Tidak dipakai',
] as const;
export type Status = (typeof STATUSES)[number];

export const HISTORY_HEADERS = [
  'Tahun',
  'Kerangka',
  'Sumber',
  'Nilai',
  'Indeks',
  'Predikat',
  'Catatan',
] as const;

export const ROADMAP_HEADERS = [
  'Inisiatif',
  'Keluaran',
  'Penanggung Jawab',
  'Tahun Mulai',
  'Tahun Selesai',
  'Indikator Terkait',
  'Status',
  'Perkiraan Kenaikan Indeks',
] as const;
