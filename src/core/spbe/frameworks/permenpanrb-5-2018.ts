/**
 * PermenPANRB 5/2018 (seed 002 Tabel 3.1): 3 domains, 7 aspects, 35 indicators, levels 0–5.
 * Inside an aspect every item weighs the same; indicator 35 is repeated per public service
 * (35-1, 35-2, …) and each counts as its own item — the rule that reproduces published
 * results (Kab. Pesawaran 2019: 1.22).
 */
import { SPBE_PREDICATES } from './predicates-spbe';
import type { Framework, IndicatorDef } from './types';

const NAMES = [
  'Kebijakan Tim Pengarah SPBE Instansi Pemerintah',
  'Kebijakan Inovasi Proses Bisnis Terintegrasi',
  'Kebijakan Rencana Induk SPBE Instansi Pemerintah',
  'Kebijakan Anggaran dan Belanja TIK',
  'Kebijakan Pengoperasian Pusat Data',
  'Kebijakan Integrasi Sistem Aplikasi',
  'Kebijakan Penggunaan Aplikasi Umum Berbagi Pakai',
  'Kebijakan Layanan Naskah Dinas',
  'Kebijakan Layanan Manajemen Kepegawaian',
  'Kebijakan Layanan Manajemen Perencanaan dan Penganggaran',
  'Kebijakan Layanan Manajemen Keuangan',
  'Kebijakan Layanan Manajemen Kinerja',
  'Kebijakan Layanan Pengadaan',
  'Kebijakan Layanan Pengaduan Publik',
  'Kebijakan Layanan Dokumentasi dan Informasi Hukum',
  'Kebijakan Layanan Whistle Blowing System',
  'Kebijakan Layanan Publik Instansi Pemerintah',
  'Tim Pengarah SPBE Instansi Pemerintah',
  'Inovasi Proses Bisnis Terintegrasi',
  'Rencana Induk SPBE Instansi Pemerintah',
  'Anggaran dan Belanja TIK',
  'Pengoperasian Pusat Data',
  'Integrasi Sistem Aplikasi',
  'Penggunaan Aplikasi Umum Berbagi Pakai',
  'Layanan Naskah Dinas',
  'Layanan Manajemen Kepegawaian',
  'Layanan Manajemen Perencanaan',
  'Layanan Manajemen Penganggaran',
  'Layanan Manajemen Keuangan',
  'Layanan Manajemen Kinerja',
  'Layanan Pengadaan',
  'Layanan Pengaduan Publik',
  'Layanan Dokumentasi dan Informasi Hukum',
  'Layanan Whistle Blowing System',
  'Layanan Publik Instansi Pemerintah',
];

/** [aspect, first indicator, last indicator]. */
const RANGES: readonly (readonly [string, number, number])[] = [
  ['A1', 1, 7],
  ['A2', 8, 17],
  ['A3', 18, 19],
  ['A4', 20, 21],
  ['A5', 22, 24],
  ['A6', 25, 31],
  ['A7', 32, 35],
];

const indicators: IndicatorDef[] = RANGES.flatMap(([aspect, first, last]) =>
  Array.from({ length: last - first + 1 }, (_, i) => {
    const n = first + i;
    return {
      key: String(n),
      name: NAMES[n - 1] ?? '',
      aspect,
      levelGroup: n <= 24 ? 'kebijakan' : 'layanan',
      ...(n === 35 ? { perItem: true } : {}),
    };
  }),
);

export const PERMENPANRB_5_2018: Framework = {
  id: 'permenpanrb-5-2018',
  name: 'Evaluasi SPBE (PermenPANRB 5/2018)',
  legalSource: 'Peraturan Menteri PANRB Nomor 5 Tahun 2018 tentang Pedoman Evaluasi SPBE',
  status: 'official',
  years: { from: 2018, to: 2020 },
  levels: { min: 0, max: 5 },
  levelGroups: [
    {
      key: 'kebijakan',
      names: [
        'Tidak terdapat',
        'Rintisan',
        'Terkelola',
        'Terstandarisasi',
        'Terintegrasi dan Terukur',
        'Optimum',
      ],
    },
    {
      key: 'layanan',
      names: ['Tidak terdapat', 'Informasi', 'Interaksi', 'Transaksi', 'Kolaborasi', 'Optimum'],
    },
  ],
  domains: [
    { key: 'D1', name: 'Kebijakan Internal SPBE', weight: '17' },
    { key: 'D2', name: 'Tata Kelola SPBE', weight: '28' },
    { key: 'D3', name: 'Layanan SPBE', weight: '55' },
  ],
  aspects: [
    { key: 'A1', name: 'Kebijakan Internal Tata Kelola SPBE', domain: 'D1', weight: '7' },
    { key: 'A2', name: 'Kebijakan Internal Layanan SPBE', domain: 'D1', weight: '10' },
    { key: 'A3', name: 'Kelembagaan', domain: 'D2', weight: '8' },
    { key: 'A4', name: 'Strategi dan Perencanaan', domain: 'D2', weight: '8' },
    { key: 'A5', name: 'Teknologi Informasi dan Komunikasi', domain: 'D2', weight: '12' },
    {
      key: 'A6',
      name: 'Layanan Administrasi Pemerintahan Berbasis Elektronik',
      domain: 'D3',
      weight: '35',
    },
    { key: 'A7', name: 'Layanan Publik Berbasis Elektronik', domain: 'D3', weight: '20' },
  ],
  indicators,
  predicates: SPBE_PREDICATES,
  predicateBasis: { default: 'rounded', byYear: {} },
  notes:
    'Bobot per indikator diturunkan: di dalam satu aspek semua butir berbobot sama (seed 002 Tabel 3.1).',
};
