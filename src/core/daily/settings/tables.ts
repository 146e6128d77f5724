/**
 * The two LENTERA settings sheets the admin edits: the rules as keys and values, and the
 * sections of the report template. Setup creates them with ./seed; ./read reads them back.
 */
import type { TableDef } from '../../data/tables';

export const DAILY_SETTINGS_TABLE: TableDef = {
  name: 'LenteraPengaturan',
  description:
    'Pengaturan LENTERA Email Daily dalam bentuk kunci dan nilai; penjelasan tiap kunci ada di kolom Keterangan',
  headers: ['Kunci', 'Nilai', 'Keterangan'],
};

export const DAILY_SECTIONS_TABLE: TableDef = {
  name: 'LenteraBagian',
  description:
    'Bagian isi laporan harian, berurutan seperti pada template: Wajib (Ya/Tidak) dan judul lain yang juga dikenali (dipisah titik koma). Nama bagian adalah kolom sheet LaporanHarian; hapus barisnya bila bagian itu tidak dipakai',
  headers: ['Bagian', 'Wajib', 'Judul Lain'],
};
