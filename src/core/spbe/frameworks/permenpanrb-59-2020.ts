/**
 * PermenPANRB 59/2020 (Lampiran, Tabel 3–13): 4 domains, 8 aspects, 47 indicators, levels
 * 1–5. Each indicator's weight is its share of the index in percent; an aspect's weight is
 * the sum of its indicators'. Figures from DOMAIN.md, which quotes the official text.
 * The per-level criteria (criteria-59-2020.ts, ~120 KB) are not attached here: only the
 * sidebar and the exports show them, and Code.js is parsed on every execution.
 */
import { SPBE_PREDICATES } from './predicates-spbe';
import type { Framework, IndicatorDef } from './types';

const NAMES = [
  'Kebijakan Internal Arsitektur SPBE',
  'Kebijakan Internal Peta Rencana SPBE',
  'Kebijakan Internal Manajemen Data',
  'Kebijakan Internal Pembangunan Aplikasi SPBE',
  'Kebijakan Internal Layanan Pusat Data',
  'Kebijakan Internal Layanan Jaringan Intra',
  'Kebijakan Internal Penggunaan Sistem Penghubung Layanan',
  'Kebijakan Internal Manajemen Keamanan Informasi',
  'Kebijakan Internal Audit TIK',
  'Kebijakan Internal Tim Koordinasi SPBE',
  'Arsitektur SPBE',
  'Peta Rencana SPBE',
  'Keterpaduan Rencana dan Anggaran SPBE',
  'Inovasi Proses Bisnis SPBE',
  'Pembangunan Aplikasi SPBE',
  'Layanan Pusat Data',
  'Layanan Jaringan Intra',
  'Penggunaan Sistem Penghubung Layanan',
  'Pelaksanaan Tim Koordinasi SPBE',
  'Kolaborasi Penerapan SPBE',
  'Penerapan Manajemen Risiko SPBE',
  'Penerapan Manajemen Keamanan Informasi',
  'Penerapan Manajemen Data',
  'Penerapan Manajemen Aset TIK',
  'Penerapan Kompetensi Sumber Daya Manusia',
  'Penerapan Manajemen Pengetahuan',
  'Penerapan Manajemen Perubahan',
  'Penerapan Manajemen Layanan SPBE',
  'Pelaksanaan Audit Infrastruktur SPBE',
  'Pelaksanaan Audit Aplikasi SPBE',
  'Pelaksanaan Audit Keamanan SPBE',
  'Layanan Perencanaan',
  'Layanan Penganggaran',
  'Layanan Keuangan',
  'Layanan Pengadaan Barang dan Jasa',
  'Layanan Kepegawaian',
  'Layanan Kearsipan Dinamis',
  'Layanan Pengelolaan Barang Milik Negara/Daerah',
  'Layanan Pengawasan Internal Pemerintah',
  'Layanan Akuntabilitas Kinerja Organisasi',
  'Layanan Kinerja Pegawai',
  'Layanan Pengaduan Pelayanan Publik',
  'Layanan Data Terbuka',
  'Jaringan Dokumentasi dan Informasi Hukum (JDIH)',
  'Layanan Publik Sektor 1',
  'Layanan Publik Sektor 2',
  'Layanan Publik Sektor 3',
];

/** [aspect, first indicator, last indicator, weight of each indicator]. */
const RANGES: readonly (readonly [string, number, number, string])[] = [
  ['A1', 1, 10, '1.30'],
  ['A2', 11, 14, '2.50'],
  ['A3', 15, 18, '2.50'],
  ['A4', 19, 20, '2.50'],
  ['A5', 21, 28, '1.50'],
  ['A6', 29, 31, '1.50'],
  ['A7', 32, 41, '2.75'],
  ['A8', 42, 47, '3.00'],
];

const indicators: IndicatorDef[] = RANGES.flatMap(([aspect, first, last, weight]) =>
  Array.from({ length: last - first + 1 }, (_, i) => {
    const n = first + i;
    return {
      key: String(n),
      name: `Tingkat Kematangan ${NAMES[n - 1]}`,
      aspect,
      weight,
      levelGroup: n <= 31 ? 'proses' : 'layanan',
    };
  }),
);

export const PERMENPANRB_59_2020: Framework = {
  id: 'permenpanrb-59-2020',
  name: 'Evaluasi SPBE (PermenPANRB 59/2020)',
  legalSource:
    'Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi SPBE, Lampiran',
  status: 'official',
  years: { from: 2021, to: 2025 },
  levels: { min: 1, max: 5 },
  levelGroups: [
    {
      key: 'proses',
      names: ['Rintisan', 'Terkelola', 'Terdefinisi', 'Terpadu dan Terukur', 'Optimum'],
    },
    { key: 'layanan', names: ['Informasi', 'Interaksi', 'Transaksi', 'Kolaborasi', 'Optimum'] },
  ],
  domains: [
    { key: 'D1', name: 'Kebijakan Internal SPBE', weight: '13' },
    { key: 'D2', name: 'Tata Kelola SPBE', weight: '25' },
    { key: 'D3', name: 'Manajemen SPBE', weight: '16.5' },
    { key: 'D4', name: 'Layanan SPBE', weight: '45.5' },
  ],
  aspects: [
    { key: 'A1', name: 'Kebijakan Internal Tata Kelola SPBE', domain: 'D1', weight: '13' },
    { key: 'A2', name: 'Perencanaan Strategis SPBE', domain: 'D2', weight: '10' },
    { key: 'A3', name: 'Teknologi Informasi dan Komunikasi', domain: 'D2', weight: '10' },
    { key: 'A4', name: 'Penyelenggara SPBE', domain: 'D2', weight: '5' },
    { key: 'A5', name: 'Penerapan Manajemen SPBE', domain: 'D3', weight: '12' },
    { key: 'A6', name: 'Pelaksanaan Audit TIK', domain: 'D3', weight: '4.5' },
    {
      key: 'A7',
      name: 'Layanan Administrasi Pemerintahan Berbasis Elektronik',
      domain: 'D4',
      weight: '27.5',
    },
    { key: 'A8', name: 'Layanan Publik Berbasis Elektronik', domain: 'D4', weight: '18' },
  ],
  indicators,
  predicates: SPBE_PREDICATES,
  predicateBasis: {
    default: 'unrounded',
    byYear: {
      '2021': 'rounded',
      '2022': 'rounded',
      '2023': 'rounded',
      '2024': 'unrounded',
      '2025': 'unrounded',
    },
  },
  notes:
    'Predikat 2023 dari indeks yang dibulatkan dan 2024 dari indeks tanpa pembulatan (hasil resmi); 2021–2022 dianggap seperti 2023 dan 2025 seperti 2024 — ubah di lembar Kerangka bila berbeda.',
};
