/**
 * PermenPANRB 8/2026 "Evaluasi Kinerja Pemerintah Digital" (Indeks Pemdi): 7 aspects,
 * 20 indicators, levels 1–5, no domains. PROVISIONAL: known only from secondary sources
 * (DOMAIN.md); sources disagree on a few weights, so an admin can correct it in the Kerangka
 * sheet.
 */
import type { Framework } from './types';

/** [key, name, aspect, weight %]. */
const INDICATORS: readonly (readonly [string, string, string, string])[] = [
  ['1', 'Tata Kelola Pemerintah Digital', 'A1', '5'],
  ['2', 'Manajemen Layanan Digital', 'A1', '5'],
  ['3', 'Sumber Daya Manusia Pemerintah Digital', 'A2', '5'],
  ['4', 'Kolaborasi', 'A2', '5'],
  ['5', 'Tata Kelola Data', 'A3', '5'],
  ['6', 'Informasi Geospasial', 'A3', '3'],
  ['7', 'Pembangunan Statistik', 'A3', '3'],
  ['8', 'Pelindungan Data Pribadi', 'A3', '4'],
  ['9', 'Audit Keamanan dan Teknologi', 'A4', '4'],
  ['10', 'Keamanan Pemerintah Digital', 'A4', '4'],
  ['11', 'Kriptografi', 'A4', '3'],
  ['12', 'Penanganan Insiden Siber', 'A4', '4'],
  ['13', 'Aplikasi', 'A5', '5'],
  ['14', 'Infrastruktur', 'A5', '5'],
  ['15', 'Proses Bisnis', 'A6', '4'],
  ['16', 'Integrasi Aplikasi', 'A6', '4'],
  ['17', 'Portal Layanan', 'A6', '4'],
  ['18', 'Interoperabilitas Data', 'A6', '3'],
  ['19', 'Fasilitas Dukungan Pengguna', 'A7', '10'],
  ['20', 'Pengelolaan Kepuasan Pengguna', 'A7', '15'],
];

const SCORED_ELSEWHERE: Record<string, string> = {
  '5': 'Indeks Satu Data Indonesia',
  '6': 'penilaian penyelenggaraan informasi geospasial',
  '7': 'penilaian pembangunan statistik sektoral',
};

export const PERMENPANRB_8_2026: Framework = {
  id: 'permenpanrb-8-2026',
  name: 'Indeks Pemerintah Digital (PermenPANRB 8/2026)',
  legalSource:
    'Peraturan Menteri PANRB Nomor 8 Tahun 2026 tentang Evaluasi Kinerja Pemerintah Digital (sumber sekunder)',
  status: 'provisional',
  years: { from: 2026 },
  levels: { min: 1, max: 5 },
  levelGroups: [
    { key: 'pemdi', names: ['Merintis', 'Membangun', 'Berkembang', 'Melembaga', 'Unggul'] },
  ],
  domains: [],
  aspects: [
    { key: 'A1', name: 'Tata Kelola dan Manajemen', weight: '10' },
    { key: 'A2', name: 'Penyelenggara', weight: '10' },
    { key: 'A3', name: 'Data', weight: '15' },
    { key: 'A4', name: 'Keamanan Pemerintah Digital', weight: '15' },
    { key: 'A5', name: 'Teknologi Pemerintah Digital', weight: '10' },
    { key: 'A6', name: 'Keterpaduan Layanan Digital', weight: '15' },
    { key: 'A7', name: 'Kepuasan Pengguna', weight: '25' },
  ],
  indicators: INDICATORS.map(([key, name, aspect, weight]) => ({
    key,
    name,
    aspect,
    weight,
    levelGroup: 'pemdi',
    ...(SCORED_ELSEWHERE[key] ? { scoredBy: SCORED_ELSEWHERE[key] } : {}),
  })),
  predicates: [
    { name: 'Memuaskan', min: '4.00' },
    { name: 'Sangat Baik', min: '3.50' },
    { name: 'Baik', min: '2.50' },
    { name: 'Cukup', min: '1.50' },
    { name: 'Kurang', min: '1.00' },
  ],
  predicateBasis: { default: 'unrounded', byYear: {} },
  notes:
    'Sementara: diketahui dari sumber sekunder; beberapa sumber berbeda pada bobot. Periksa dan koreksi di lembar Kerangka.',
};
