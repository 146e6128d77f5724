/**
 * The PROTOCLOUD settings sheets of the data spreadsheet. Admins edit them by hand, so the
 * headers are Indonesian and every cell is validated when read (see ./read). Setup creates the
 * sheets and writes ./defaults into the empty ones.
 */
import type { TableDef } from '../../data/tables';

export const AGENDA_LEADERS_TABLE: TableDef = {
  name: 'AgendaPimpinan',
  description:
    'Pimpinan yang agendanya dikelola: email akun Google, ajudan (beberapa email dipisah koma), dan apakah waktu salat Jumat dikosongkan (Ya/Tidak; kosong = Ya)',
  headers: ['Nama', 'Email', 'Ajudan', 'Salat Jumat'],
};

export const AGENDA_TYPES_TABLE: TableDef = {
  name: 'AgendaJenis',
  description:
    'Jenis kegiatan: kode di judul kalender, warna acara (nomor 1–11 atau nama warna), jeda sebelum/sesudah dalam menit, dan ceklis persiapan (satu butir per baris atau dipisah titik koma)',
  headers: ['Jenis', 'Kode', 'Warna', 'Jeda Sebelum (menit)', 'Jeda Sesudah (menit)', 'Ceklis'],
};

export const AGENDA_REMINDERS_TABLE: TableDef = {
  name: 'AgendaPengingat',
  description:
    'Pengingat sebelum acara: jenis kegiatan (atau * / Semua), berapa menit sebelum mulai, dan penerima (pimpinan, ajudan, penanggung jawab, operator, koordinator, tamu, atau alamat email; dipisah koma)',
  headers: ['Jenis', 'Menit Sebelum', 'Penerima'],
};

export const AGENDA_TRAVEL_TABLE: TableDef = {
  name: 'AgendaWaktuTempuh',
  description:
    'Waktu tempuh antarkecamatan dalam menit; satu arah cukup, arah sebaliknya dianggap sama kecuali diisi sendiri',
  headers: ['Dari', 'Ke', 'Menit'],
};

export const AGENDA_SETTINGS_TABLE: TableDef = {
  name: 'AgendaPengaturan',
  description:
    'Pengaturan lain dalam bentuk kunci dan nilai; penjelasan tiap kunci ada di kolom Keterangan',
  headers: ['Kunci', 'Nilai', 'Keterangan'],
};

export const AGENDA_SETTINGS_TABLES: readonly TableDef[] = [
  AGENDA_LEADERS_TABLE,
  AGENDA_TYPES_TABLE,
  AGENDA_REMINDERS_TABLE,
  AGENDA_TRAVEL_TABLE,
  AGENDA_SETTINGS_TABLE,
];
