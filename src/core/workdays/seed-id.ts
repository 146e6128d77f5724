/**
 * GENERATED FILE, do not edit. Indonesian national holidays 2025–2030 from the npm
 * package date-holidays 3.37.0 (data CC-BY-3.0, © date-holidays contributors).
 * Regenerate after upgrading the package:
 *
 *   npx tsx build/holidays/generate.ts          (writes this file)
 *   npx tsx build/holidays/generate.ts --check  (fails if this file is out of date)
 *
 * This is a seed for the HariLibur sheet, which the admin owns and corrects each year.
 * - Cuti bersama is NOT here: the package does not carry it and the SKB 3 Menteri sets
 *   it yearly. The admin adds those rows (Jenis "cuti bersama").
 * - Islamic holidays are calculated by the package; the government fixes them by
 *   sighting (sidang isbat) and the date can differ by a day. Known cases: 2025 Idul
 *   Fitri (SKB: 31 Mar–1 Apr; here 30–31 Mar), 2025 1 Muharam (SKB: 27 Jun; here
 *   26 Jun), 2026 Idul Fitri (SKB: 21–22 Mar; here 20–21 Mar). Those rows carry a note.
 * - Easter Sunday (Paskah) is not listed; it is a Sunday, so it changes no working day.
 * - Holidays the package does not have for a year (its per-year tables end early):
 *   2028: Hari Raya Nyepi, Hari Raya Waisak
 *   2029: Hari Raya Nyepi, Hari Raya Waisak
 *   2030: Hari Raya Nyepi, Hari Raya Waisak
 */
import type { HolidayEntry } from './holidays';

export const SEED_FIRST_YEAR = 2025;
export const SEED_LAST_YEAR = 2030;

const HITUNGAN = 'Tanggal hasil hitungan; cocokkan dengan SKB 3 Menteri';

export const SEED_ID: readonly HolidayEntry[] = [
  { date: '2025-01-01', name: 'Tahun Baru Masehi', kind: 'nasional' },
  { date: '2025-01-27', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'nasional', note: HITUNGAN },
  { date: '2025-01-29', name: 'Tahun Baru Imlek', kind: 'nasional' },
  { date: '2025-03-29', name: 'Hari Raya Nyepi', kind: 'nasional' },
  { date: '2025-03-30', name: 'Idul Fitri', kind: 'nasional', note: HITUNGAN },
  { date: '2025-03-31', name: 'Idul Fitri (hari kedua)', kind: 'nasional', note: HITUNGAN },
  { date: '2025-04-18', name: 'Wafat Yesus Kristus', kind: 'nasional' },
  { date: '2025-05-01', name: 'Hari Buruh Internasional', kind: 'nasional' },
  { date: '2025-05-12', name: 'Hari Raya Waisak', kind: 'nasional' },
  { date: '2025-05-29', name: 'Kenaikan Yesus Kristus', kind: 'nasional' },
  { date: '2025-06-01', name: 'Hari Lahir Pancasila', kind: 'nasional' },
  { date: '2025-06-06', name: 'Idul Adha', kind: 'nasional', note: HITUNGAN },
  { date: '2025-06-26', name: 'Tahun Baru Islam (1 Muharam)', kind: 'nasional', note: HITUNGAN },
  { date: '2025-08-17', name: 'Hari Kemerdekaan Republik Indonesia', kind: 'nasional' },
  { date: '2025-09-05', name: 'Maulid Nabi Muhammad SAW', kind: 'nasional', note: HITUNGAN },
  { date: '2025-12-25', name: 'Kelahiran Yesus Kristus (Natal)', kind: 'nasional' },
  { date: '2026-01-01', name: 'Tahun Baru Masehi', kind: 'nasional' },
  { date: '2026-01-16', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'nasional', note: HITUNGAN },
  { date: '2026-02-17', name: 'Tahun Baru Imlek', kind: 'nasional' },
  { date: '2026-03-19', name: 'Hari Raya Nyepi', kind: 'nasional' },
  { date: '2026-03-20', name: 'Idul Fitri', kind: 'nasional', note: HITUNGAN },
  { date: '2026-03-21', name: 'Idul Fitri (hari kedua)', kind: 'nasional', note: HITUNGAN },
  { date: '2026-04-03', name: 'Wafat Yesus Kristus', kind: 'nasional' },
  { date: '2026-05-01', name: 'Hari Buruh Internasional', kind: 'nasional' },
  { date: '2026-05-14', name: 'Kenaikan Yesus Kristus', kind: 'nasional' },
  { date: '2026-05-27', name: 'Idul Adha', kind: 'nasional', note: HITUNGAN },
  { date: '2026-05-31', name: 'Hari Raya Waisak', kind: 'nasional' },
  { date: '2026-06-01', name: 'Hari Lahir Pancasila', kind: 'nasional' },
  { date: '2026-06-16', name: 'Tahun Baru Islam (1 Muharam)', kind: 'nasional', note: HITUNGAN },
  { date: '2026-08-17', name: 'Hari Kemerdekaan Republik Indonesia', kind: 'nasional' },
  { date: '2026-08-25', name: 'Maulid Nabi Muhammad SAW', kind: 'nasional', note: HITUNGAN },
  { date: '2026-12-25', name: 'Kelahiran Yesus Kristus (Natal)', kind: 'nasional' },
  { date: '2027-01-01', name: 'Tahun Baru Masehi', kind: 'nasional' },
  { date: '2027-01-05', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'nasional', note: HITUNGAN },
  { date: '2027-02-06', name: 'Tahun Baru Imlek', kind: 'nasional' },
  { date: '2027-03-08', name: 'Hari Raya Nyepi', kind: 'nasional' },
  { date: '2027-03-09', name: 'Idul Fitri', kind: 'nasional', note: HITUNGAN },
  { date: '2027-03-10', name: 'Idul Fitri (hari kedua)', kind: 'nasional', note: HITUNGAN },
  { date: '2027-03-26', name: 'Wafat Yesus Kristus', kind: 'nasional' },
  { date: '2027-05-01', name: 'Hari Buruh Internasional', kind: 'nasional' },
  { date: '2027-05-06', name: 'Kenaikan Yesus Kristus', kind: 'nasional' },
  { date: '2027-05-16', name: 'Idul Adha', kind: 'nasional', note: HITUNGAN },
  { date: '2027-05-20', name: 'Hari Raya Waisak', kind: 'nasional' },
  { date: '2027-06-01', name: 'Hari Lahir Pancasila', kind: 'nasional' },
  { date: '2027-06-06', name: 'Tahun Baru Islam (1 Muharam)', kind: 'nasional', note: HITUNGAN },
  { date: '2027-08-14', name: 'Maulid Nabi Muhammad SAW', kind: 'nasional', note: HITUNGAN },
  { date: '2027-08-17', name: 'Hari Kemerdekaan Republik Indonesia', kind: 'nasional' },
  { date: '2027-12-25', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'nasional', note: HITUNGAN },
  { date: '2027-12-25', name: 'Kelahiran Yesus Kristus (Natal)', kind: 'nasional' },
  { date: '2028-01-01', name: 'Tahun Baru Masehi', kind: 'nasional' },
  { date: '2028-01-26', name: 'Tahun Baru Imlek', kind: 'nasional' },
  { date: '2028-02-26', name: 'Idul Fitri', kind: 'nasional', note: HITUNGAN },
  { date: '2028-02-27', name: 'Idul Fitri (hari kedua)', kind: 'nasional', note: HITUNGAN },
  { date: '2028-04-14', name: 'Wafat Yesus Kristus', kind: 'nasional' },
  { date: '2028-05-01', name: 'Hari Buruh Internasional', kind: 'nasional' },
  { date: '2028-05-05', name: 'Idul Adha', kind: 'nasional', note: HITUNGAN },
  { date: '2028-05-25', name: 'Kenaikan Yesus Kristus', kind: 'nasional' },
  { date: '2028-05-25', name: 'Tahun Baru Islam (1 Muharam)', kind: 'nasional', note: HITUNGAN },
  { date: '2028-06-01', name: 'Hari Lahir Pancasila', kind: 'nasional' },
  { date: '2028-08-03', name: 'Maulid Nabi Muhammad SAW', kind: 'nasional', note: HITUNGAN },
  { date: '2028-08-17', name: 'Hari Kemerdekaan Republik Indonesia', kind: 'nasional' },
  { date: '2028-12-14', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'nasional', note: HITUNGAN },
  { date: '2028-12-25', name: 'Kelahiran Yesus Kristus (Natal)', kind: 'nasional' },
  { date: '2029-01-01', name: 'Tahun Baru Masehi', kind: 'nasional' },
  { date: '2029-02-13', name: 'Tahun Baru Imlek', kind: 'nasional' },
  { date: '2029-02-14', name: 'Idul Fitri', kind: 'nasional', note: HITUNGAN },
  { date: '2029-02-15', name: 'Idul Fitri (hari kedua)', kind: 'nasional', note: HITUNGAN },
  { date: '2029-03-30', name: 'Wafat Yesus Kristus', kind: 'nasional' },
  { date: '2029-04-24', name: 'Idul Adha', kind: 'nasional', note: HITUNGAN },
  { date: '2029-05-01', name: 'Hari Buruh Internasional', kind: 'nasional' },
  { date: '2029-05-10', name: 'Kenaikan Yesus Kristus', kind: 'nasional' },
  { date: '2029-05-14', name: 'Tahun Baru Islam (1 Muharam)', kind: 'nasional', note: HITUNGAN },
  { date: '2029-06-01', name: 'Hari Lahir Pancasila', kind: 'nasional' },
  { date: '2029-07-24', name: 'Maulid Nabi Muhammad SAW', kind: 'nasional', note: HITUNGAN },
  { date: '2029-08-17', name: 'Hari Kemerdekaan Republik Indonesia', kind: 'nasional' },
  { date: '2029-12-03', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'nasional', note: HITUNGAN },
  { date: '2029-12-25', name: 'Kelahiran Yesus Kristus (Natal)', kind: 'nasional' },
  { date: '2030-01-01', name: 'Tahun Baru Masehi', kind: 'nasional' },
  { date: '2030-02-03', name: 'Tahun Baru Imlek', kind: 'nasional' },
  { date: '2030-02-04', name: 'Idul Fitri', kind: 'nasional', note: HITUNGAN },
  { date: '2030-02-05', name: 'Idul Fitri (hari kedua)', kind: 'nasional', note: HITUNGAN },
  { date: '2030-04-13', name: 'Idul Adha', kind: 'nasional', note: HITUNGAN },
  { date: '2030-04-19', name: 'Wafat Yesus Kristus', kind: 'nasional' },
  { date: '2030-05-01', name: 'Hari Buruh Internasional', kind: 'nasional' },
  { date: '2030-05-03', name: 'Tahun Baru Islam (1 Muharam)', kind: 'nasional', note: HITUNGAN },
  { date: '2030-05-30', name: 'Kenaikan Yesus Kristus', kind: 'nasional' },
  { date: '2030-06-01', name: 'Hari Lahir Pancasila', kind: 'nasional' },
  { date: '2030-07-13', name: 'Maulid Nabi Muhammad SAW', kind: 'nasional', note: HITUNGAN },
  { date: '2030-08-17', name: 'Hari Kemerdekaan Republik Indonesia', kind: 'nasional' },
  { date: '2030-11-23', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'nasional', note: HITUNGAN },
  { date: '2030-12-25', name: 'Kelahiran Yesus Kristus (Natal)', kind: 'nasional' },
];
