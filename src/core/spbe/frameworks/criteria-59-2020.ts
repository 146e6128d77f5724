import type { LevelCriteria } from './types';

/**
 * PermenPANRB 59/2020 questionnaire: for each of the 47 indicators, the criteria of maturity
 * levels 1–5 and the supporting evidence (bukti dukung) expected at each level.
 *
 * Source:
 * - `criteria`: the regulation's own text, Lampiran BAB II huruf E "Kuesioner Pemantauan dan
 *   Evaluasi SPBE" (pages 30–77 of the SALINAN), taken from the PDF's text layer,
 *   `backend/data/uploads/bcbe7f9b_Permenpan_RB_Nomor_59_Tahun_2020.pdf`, and checked word for word
 *   against its markdown conversion
 *   `backend/data/marker_output/bcbe7f9b_Permenpan_RB_Nomor_59_Tahun_2020/bcbe7f9b_Permenpan_RB_Nomor_59_Tahun_2020.md`
 *   (GitHub aqilalfa/TA_PUSDATIK @ 004d42d803db444c476a6af13cc64b395c6f14a0). Kept as printed,
 *   typos and all (e.g. "Perencanan", "kebijakann", "memerintahan"); indicator 3 is printed with
 *   its level-2 "Kondisi:" in row 3 and no reviu/evaluasi row, and that is what is kept here.
 * - `evidence`: the regulation leaves "Data dukung" blank in the questionnaire, so the per-level
 *   bukti dukung comes from the "Kriteria Bukti Dukung" panels of the per-indicator pages in
 *   GitHub lembanoyoga/spbe @ dc16bac61e53c6b72273dfbb3c8fe0209de4a0e8,
 *   `application/views/domain_{kebijakan,tatakelola,manajemen,layanan}/vw_*.php` (guidance in the
 *   style of the KemenPANRB evaluation handbook, not the regulation itself). List items are
 *   joined with newlines; line-break artefacts ("aktivitas- aktivitas", "Pusat/ Pemerintah") are
 *   joined; three copy artefacts are repaired (17/2 "erdapat", 23/5 trailing "0 Komentar",
 *   34/4 a repeated tail). Known doubtful spots kept as the source has them: 1/4 (first item is
 *   the service-indicator text), 9/3 (repeats the level's fulfilment statement), 9/4 (second item
 *   names Manajemen Keamanan Informasi), 25/4 (second item starts mid-sentence).
 */
type Level = readonly [criteria: string, evidence: string];

const levels = (...rows: [Level, Level, Level, Level, Level]): readonly LevelCriteria[] =>
  rows.map(([criteria, evidence], i) => ({ level: i + 1, criteria, evidence }));

// Evidence texts the source repeats word for word across the service indicators (32–47).
const EV_INTERAKSI_SEKTORAL =
  'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi untuk berinteraksi dengan pengguna, seperti adanya fitur pencarian, upload (unggah) dan/atau download (unduh).';
const EV_INFORMASI_SEKTORAL =
  'Dokumentasi yang menggambarkan adanya informasi layanan sektoral pada Instansi Pusat/Pemerintah Daerah yang ditayangkan oleh sistem aplikasi.';
const EV_TRANSAKSI =
  'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi untuk transaksi, dimana selain adanya fitur upload (unggah) dan/atau download (unduh) untuk mendukung input dan output data/informasi, maka sistem aplikasi memiliki fungsi mekanisme transaksi data/informasi, validasi data/informasi, kemajuan status approval (persetujuan) data/informasi, dan/atau analitik data baik antar pengguna maupun automasi.';
const EV_TRANSAKSI_32_33 =
  'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi untuk transaksi, dimana selain adanya fitur upload (unggah) dan/atau download (unduh) untuk mendukung input dan output data/informasi, maka sistem aplikasi memiliki fungsi mekanisme transaksi data/informasi, validasi data/informasi, approval (persetujuan) data/informasi, dan/atau analitik data baik antar pengguna maupun automasi.';
const EV_KOLABORASI =
  'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi dapat berbagai pakai sumber data/informasi dengan layanan SPBE lainnya, sebagai hasil integrasi layanan/middleware/basis data seperti ditunjukkan pada Arsitektur aplikasinya, pengelolaan repositori API, dan dokumentasi integrasi layanan SPBE lainnya.';
const EV_PERBAIKAN =
  'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi telah ditingkatkan/dikembangkan layanannya. Terdapat notulensi/catatan/telaah/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut pengembangan layanan SPBE, bukti undangan rapat pembahasan penyempurnaan Layanan SPBE, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan Layanan SPBE;';

/** Indicators 45–47 (Layanan Publik Sektor 1–3) share their criteria word for word. */
const sektoral = (perbaikan: string): readonly LevelCriteria[] =>
  levels(
    [
      'Layanan Publik Sektoral Berbasis Elektronik hanya memberikan layanan informasi terkait Publik Sektoral kegiatan pemerintah.',
      EV_INFORMASI_SEKTORAL,
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan Layanan Publik Sektoral Berbasis Elektronik memberikan layanan interaksi terkait Publik Sektoral kegiatan pemerintah seperti pencarian informasi, pengunggahan dan pengunduhan dokumen Layanan Publik Sektoral.',
      EV_INTERAKSI_SEKTORAL,
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Layanan Publik Sektoral Berbasis Elektronik memberikan layanan transaksi kepada pengguna terkait Publik Sektoral kegiatan pemerintah seperti otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan, dan analitik data.',
      EV_TRANSAKSI,
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan Layanan Publik Sektoral Berbasis Elektronik memberikan layanan kolaborasi dengan layanan elektronik lain, misalnya Layanan Publik Sektoral Berbasis Elektronik Instansi Pusat/Pemerintah Daerah lain, dan/atau layanan SPBE Instansi Pusat/Pemerintah Daerah lain.',
      EV_KOLABORASI,
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan Layanan Publik Sektoral Berbasis Elektronik telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi terhadap perubahan lingkungan, peraturan perundang-undangan, teknologi dan kebutuhan Instansi Pusat/Pemerintah Daerah.',
      perbaikan,
    ],
  );

export const CRITERIA_59_2020: Readonly<Record<string, readonly LevelCriteria[]>> = {
  '1': levels(
    [
      'Konsep kebijakan internal terkait Arsitektur SPBE Instansi Pusat/Pemerintah Daerah belum atau telah tersedia.',
      'Draf kebijakan berupa rancangan Peraturan atau rancangan Keputusan atau Surat Edaran/dokumen yang berisi pengaturan/norma mengenai Arsitektur SPBE; dan/atau Notulensi/catatan/laporan hasil penyusunan kebijakan internal Arsitektur SPBE; dan/atau dapat dilengkapi dengan bukti undangan rapat penyusunan kebijakan internal Arsitektur SPBE; dan/atau dokumentasi aktivitas-aktivitas penyusunan kebijakan internal Arsitektur SPBE.',
    ],
    [
      'Kebijakan internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah telah ditetapkan.\nKondisi: Kebijakan internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah tersebut belum memuat secara lengkap pengaturan mengenai referensi Arsitektur dan domain Arsitektur SPBE (Proses Bisnis, Data dan Informasi, Infrastruktur SPBE, Aplikasi SPBE, Keamanan SPBE, dan Layanan SPBE).',
      'Konteks pengaturan/norma penerapan Arsitektur SPBE yang terdapat sebagian muatan mengenai referensi Arsitektur dan domain Arsitektur SPBE tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah;',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan kebijakan internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah telah memuat secara lengkap pengaturan mengenai referensi Arsitektur dan domain Arsitektur SPBE (Proses Bisnis, Data dan Informasi, Infrastruktur SPBE, Aplikasi SPBE, Keamanan SPBE, dan Layanan SPBE).',
      'Konteks pengaturan/norma penerapan Arsitektur SPBE yang terdapat referensi Arsitektur dan domain Arsitektur SPBE diuraikan secara lengkap tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah;',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi, kebijakan internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah telah mengatur integrasi SPBE antar Instansi Pusat, antar Pemerintah Daerah, dan/atau antar Instansi Pusat dan Pemerintah Daerah, dan kebijakan internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah telah direviu dan dievaluasi secara periodik.',
      'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi dapat berbagai pakai sumber data/informasi dengan layanan SPBE lainnya, sebagai hasil integrasi layanan/middleware/basis data seperti ditunjukkan pada Arsitektur aplikasinya, pengelolaan repositori API, dan dokumentasi integrasi layanan SPBE lainnya.\nTerdapat notulensi/catatan/laporan hasil evaluasi kebijakan internal Arsitektur SPBE, bukti undangan rapat evaluasi kebijakan internal Arsitektur SPBE, dan/atau dokumentasi aktivitas-aktivitas evaluasi kebijakan internal Arsitektur SPBE.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi kebijakan internal Arsitektur Instansi Pusat/Pemerintah Daerah SPBE telah ditindaklanjuti dengan kebijakan baru.',
      'Terdapat notulensi/catatan/laporan hasil rekomendasi tindak lanjut kebijakan internal Arsitektur SPBE, yang dapat dilengkapi dengan bukti undangan rapat pembahasan penyempurnaan kebijakan internal Arsitektur SPBE, dan/atau dokumentasi aktivitas-aktivitas penyempurnaan kebijakan internal Arsitektur SPBE;\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang berlaku sebelumnya; dan\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang memuat pengaturan/norma Arsitektur SPBE yang telah disempurnakan dan telah ditetapkan.',
    ],
  ),
  '2': levels(
    [
      'Konsep kebijakan internal terkait Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah belum atau telah tersedia.',
      'Draf kebijakan berupa rancangan Peraturan atau rancangan Keputusan atau Surat Edaran/dokumen yang berisi pengaturan/norma mengenai Peta Rencana SPBE; Notulensi/catatan/laporan hasil penyusunan kebijakan internal Peta Rencana SPBE; bukti undangan rapat penyusunan kebijakan internal Peta Rencana SPBE; dan/atau dokumentasi aktivitas-aktivitas penyusunan kebijakan internal Peta Rencana SPBE.',
    ],
    [
      'Kebijakan internal Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah telah ditetapkan.\nKondisi: Kebijakan internal Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah tersebut belum mengatur muatan Peta Rencana SPBE secara lengkap (Tata Kelola SPBE, Manajemen SPBE, Layanan SPBE, Infrastruktur SPBE, Aplikasi SPBE, Keamanan SPBE, dan Audit TIK).',
      'Konteks pengaturan/norma penerapan Peta Rencana SPBE yang terdapat sebagian muatan Peta Rencana SPBE tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah;',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan kebijakan internal Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah telah mengatur seluruh muatan Peta Rencana SPBE secara lengkap (Tata Kelola SPBE, Manajemen SPBE, Layanan SPBE, Infrastruktur SPBE, Aplikasi SPBE, Keamanan SPBE, dan Audit TIK).',
      'Konteks pengaturan/norma penerapan Peta Rencana SPBE yang memuat secara lengkap muatan Peta Rencana SPBE tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah;',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi, kebijakan internal Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah telah mengatur keselarasan antara Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah dan Peta Rencana SPBE Nasional. Selain itu, Kebijakan internal Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah telah direviu dan dievaluasi secara periodik.',
      'Konteks pengaturan/norma penerapan Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah selaras dengan Peta Rencana SPBE Nasional tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah; dan\nTerdapat notulensi/catatan/laporan hasil evaluasi kebijakan internal Peta Rencana SPBE, bukti undangan rapat evaluasi kebijakan internal Peta Rencana SPBE, dan/atau dokumentasi aktivitas-aktivitas evaluasi kebijakan internal Peta Rencana SPBE.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi kebijakan internal Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah telah ditindaklanjuti dengan kebijakan baru.',
      'Terdapat notulensi/catatan/laporan hasil rekomendasi tindak lanjut kebijakan internal Peta Rencana SPBE, yang dapat dilengkapi dengan bukti undangan rapat pembahasan penyempurnaan kebijakan internal Peta Rencana SPBE, dan/atau dokumentasi aktivitas-aktivitas penyempurnaan kebijakan internal Peta Rencana SPBE;\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang berlaku sebelumnya; dan\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang memuat pengaturan/norma Peta Rencana SPBE yang telah disempurnakan dan telah ditetapkan.',
    ],
  ),
  '3': levels(
    [
      'Konsep kebijakan internal terkait Manajemen Data di Instansi Pusat/Pemerintah Daerah belum atau telah tersedia.',
      'Draf kebijakan berupa rancangan Peraturan atau rancangan Keputusan atau Surat Edaran/dokumen yang berisi pengaturan/norma mengenai Manajemen Data SPBE; Notulensi/catatan/laporan hasil penyusunan kebijakan internal Manajemen Data SPBE; bukti undangan rapat penyusunan kebijakan internal Manajemen Data SPBE; dan/atau dokumentasi aktivitas-aktivitas penyusunan kebijakan internal Manajemen Data SPBE.',
    ],
    [
      'Kebijakan internal Manajemen Data di Instansi Pusat/Pemerintah Daerah telah ditetapkan.',
      'Konteks pengaturan/norma penerapan Manajemen/pengelolaan Data SPBE yang menggambarkan proses pengelolaan/Manajemen Data dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah;',
    ],
    [
      'Kondisi: Kebijakan internal Manajemen Data di Instansi Pusat/Pemerintah Daerah tersebut hanya mengatur sebagian dari rangkaian proses pengelolaan arsitektur data, data induk, data referensi, basis data, kualitas data dan interoperabilitas data.',
      'Konteks pengaturan/norma penerapan Manajemen Data SPBE yang menguraikan sebagian rangkaian proses pengelolaan Manajemen Data tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah;',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan kebijakan internal Manajemen Data di Instansi Pusat/Pemerintah Daerah telah mengatur seluruh rangkaian proses pengelolaan arsitektur data, data induk, data referensi, basis data, kualitas data dan interoperabilitas data.',
      'Konteks pengaturan/norma penerapan Manajemen Data SPBE yang menguraikan seluruh rangkaian proses pengelolaan Manajemen Data tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah;',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi kebijakan internal Manajemen Data di Instansi Pusat/Pemerintah Daerah telah ditindaklanjuti dengan kebijakan baru.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut kebijakan internal Manajemen Data SPBE, yang dapat dilengkapi dengan bukti undangan rapat pembahasan penyempurnaan kebijakan internal Manajemen Data SPBE, dan/atau dokumentasi aktivitas-aktivitas penyempurnaan kebijakan internal Manajemen Data SPBE;\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang berlaku sebelumnya; dan\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang memuat pengaturan/norma Manajemen Data SPBE yang telah disempurnakan dan telah ditetapkan.',
    ],
  ),
  '4': levels(
    [
      'Konsep kebijakan internal terkait siklus Pembangunan Aplikasi SPBE di Instansi Pusat/Pemerintah Daerah belum atau telah tersedia.',
      'Draf kebijakan berupa rancangan Peraturan atau rancangan Keputusan atau Surat Edaran/dokumen yang berisi pengaturan/norma mengenai Pembangunan Aplikasi SPBE; Notulensi/catatan/laporan hasil penyusunan kebijakan internal Pembangunan Aplikasi SPBE; bukti undangan rapat penyusunan kebijakan internal Pembangunan Aplikasi SPBE; dan/atau dokumentasi aktivitas-aktivitas penyusunan kebijakan internal Pembangunan Aplikasi SPBE.',
    ],
    [
      'Kebijakan internal terkait siklus Pembangunan Aplikasi SPBE di Instansi Pusat/Pemerintah Daerah telah ditetapkan.\nKondisi: Kebijakan internal terkait Pembangunan Aplikasi SPBE telah mengatur siklus pembangunan aplikasi.',
      'Konteks pengaturan/norma Pembangunan Aplikasi SPBE yang memuat seluruh siklus Pembangunan Aplikasi SPBE tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah;',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Kebijakan internal terkait siklus Pembangunan Aplikasi SPBE telah mengatur proses konsultasi terkait siklus Pembangunan Aplikasi SPBE dengan unit kerja/perangkat daerah yang menjalankan fungsi pengelolaan TIK di Instansi Pusat/Pemerintah Daerah.',
      'Konteks pengaturan/norma bagi seluruh unit kerja/perangkat daerah untuk melakukan konsultasi terkait siklus Pembangunan Aplikasi SPBE dengan unit kerja/perangkat daerah yang menjalankan fungsi pengelolaan TIK tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah;',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi, kebijakan internal terkait siklus Pembangunan Aplikasi SPBE di Instansi Pusat/Pemerintah Daerah telah mengatur keterpaduan dan pengendalian Pembangunan Aplikasi SPBE oleh unit kerja/perangkat daerah yang menjalankan fungsi pengelolaan TIK di Instansi Pusat/Pemerintah Daerah. Selain itu, kebijakan internal Pembangunan Aplikasi SPBE direviu dan dievaluasi secara periodik.',
      'Konteks pengaturan/norma Pembangunan Aplikasi SPBE yang memuat seluruh siklus Pembangunan Aplikasi SPBE dan keterpaduan serta pengendalian pembangunan aplikasi oleh unit kerja/perangkat daerah yang menjalankan fungsi pengelolaan TIK di Instansi Pusat/Pemerintah Daerah tertuang dokumen kebijakan Instansi Pusat/Pemerintah Daerah; dan\nTerdapat notulensi/catatan/laporan hasil evaluasi kebijakan internal Pembangunan Aplikasi SPBE, bukti undangan rapat evaluasi kebijakan internal Pembangunan Aplikasi SPBE, dan/atau dokumentasi aktivitas-aktivitas evaluasi kebijakan internal Pembangunan Aplikasi SPBE.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi kebijakan internal Pembangunan Aplikasi SPBE di Instansi Pusat/Pemerintah Daerah SPBE telah ditindaklanjuti dengan kebijakan baru.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut kebijakan internal Pembangunan Aplikasi SPBE, yang dapat dilengkapi dengan bukti undangan rapat pembahasan penyempurnaan kebijakan internal Pembangunan Aplikasi SPBE, dan/atau dokumentasi aktivitas-aktivitas penyempurnaan kebijakan internal Pembangunan Aplikasi SPBE;\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang berlaku sebelumnya; dan\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang memuat pengaturan/norma Pembangunan Aplikasi SPBE yang telah disempurnakan dan telah ditetapkan.',
    ],
  ),
  '5': levels(
    [
      'Konsep kebijakan internal terkait Layanan Pusat Data yang digunakan di Instansi Pusat/Pemerintah Daerah belum atau telah tersedia.',
      'Draf kebijakan berupa rancangan Peraturan atau rancangan Keputusan atau Surat Edaran/dokumen yang berisi pengaturan/norma mengenai Layanan Pusat Data; Notulensi/catatan/laporan hasil penyusunan kebijakan internal Layanan Pusat Data; bukti undangan rapat penyusunan kebijakan internal Layanan Pusat Data; dan/atau dokumentasi aktivitas-aktivitas penyusunan kebijakan internal Layanan Pusat Data.',
    ],
    [
      'Kebijakan internal terkait Layanan Pusat Data yang digunakan di Instansi Pusat/Pemerintah Daerah telah ditetapkan.\nKondisi: Kebijakan internal terkait Layanan Pusat Data telah mengatur penggunaan Layanan Pusat Data untuk sebagian unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah.',
      'Konteks pengaturan/norma pelaksanaan Layanan Pusat Data yang memuat rangkaian proses pengelolaan data/sistem informasi bagi sebagian unit kerja/perangkat daerah tertuang dalam peraturan/kebijakan kepala unit kerja/perangkat daerah atau dokumen kebijakan Instansi Pusat/Pemerintah Daerah lainnya;',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan kebijakan internal terkait Layanan Pusat Data telah mengatur penggunaan Layanan Pusat Data untuk seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah.',
      'Konteks pengaturan/norma pelaksanaan Layanan Pusat Data yang memuat rangkaian proses pengelolaan data/sistem informasi bagi seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi, kebijakan internal terkait Layanan Pusat Data yang digunakan di Instansi Pusat/Pemerintah Daerah telah mengatur interkoneksi Layanan Pusat Data dengan Pusat Data Nasional dan/atau mengatur penggunaan Layanan Pusat Data Nasional. Selain itu, kebijakan internal terkait penggunaan Layanan Pusat Data di Instansi Pusat/Pemerintah Daerah telah direviu dan dievaluasi secara periodik.',
      'Konteks pengaturan/norma arah kebijakan interoperabilitas pengelolaan data/sistem informasi yang digunakan pada Layanan Pusat Data Instansi Pusat/Pemerintah Daerah dengan Layanan Pusat Data Nasional atau mengatur pengelolaan data/sistem informasi Instansi Pusat/Pemerintah Daerah pada Layanan Pusat Data Nasional tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah; dan\nTerdapat notulensi/catatan/laporan hasil evaluasi kebijakan internal Layanan Pusat Data, bukti undangan rapat evaluasi kebijakan internal Layanan Pusat Data, dan/atau dokumentasi aktivitas-aktivitas evaluasi kebijakan internal Layanan Pusat Data.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi kebijakan internal terkait Layanan Pusat Data yang digunakan di Instansi Pusat/Pemerintah Daerah SPBE telah ditindaklanjuti dengan kebijakan baru.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut kebijakan internal Layanan Pusat Data, yang dapat dilengkapi dengan bukti undangan rapat pembahasan penyempurnaan kebijakan internal Layanan Pusat Data, dan/atau dokumentasi aktivitas-aktivitas penyempurnaan kebijakan internal Layanan Pusat Data;\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang berlaku sebelumnya; dan.\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang memuat pengaturan/norma Pembangunan Layanan Pusat Data yang telah disempurnakan dan telah ditetapkan.',
    ],
  ),
  '6': levels(
    [
      'Konsep kebijakan internal terkait Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah belum atau telah tersedia.',
      'Draf kebijakan berupa rancangan Peraturan atau rancangan Keputusan atau Surat Edaran/dokumen yang berisi pengaturan/norma mengenai pengoperasian jaringan intra Instansi Pusat/Pemerintah Daerah; Notulensi/catatan/laporan hasil penyusunan kebijakan internal pengoperasian jaringan intra Instansi Pusat/Pemerintah Daerah; bukti undangan rapat penyusunan kebijakan internal pengoperasian jaringan intra Instansi Pusat/Pemerintah Daerah; dan/atau dokumentasi aktivitas-aktivitas penyusunan kebijakan internal pengoperasian jaringan intra Instansi Pusat/Pemerintah Daerah.',
    ],
    [
      'Kebijakan internal terkait Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah telah ditetapkan.\nKondisi: Kebijakan internal terkait Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah telah mengatur Layanan Jaringan Intra untuk sebagian unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah.',
      'Konteks pengaturan/norma pengoperasian Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah bagi sebagian unit kerja/perangkat daerah tertuang dalam peraturan/kebijakan kepala unit kerja/perangkat daerah atau dokumen kebijakan Instansi Pusat/Pemerintah Daerah lainnya;',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan kebijakan internal terkait Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah telah mengatur Layanan Jaringan Intra untuk seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah.',
      'Konteks pengaturan/norma pelaksanaan pengoperasian Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah bagi seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan kebijakan internal terkait Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah telah mengatur interkoneksi Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah dengan Jaringan Intra Pemerintah dan/atau Jaringan Intra Instansi Pusat/Pemerintah Daerah lain. Selain itu, kebijakan internal terkait Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah telah direviu dan dievaluasi secara periodik.',
      'Konteks pengaturan/norma arah kebijakan interkoneksi pengoperasian Jaringan Intra Instansi Pusat/Pemerintah Daerah dengan Jaringan Intra Pemerintah dan/atau Jaringan Intra Instansi Pusat/Pemerintah Daerah lainnya tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah; dan Terdapat notulensi/catatan/laporan hasil evaluasi kebijakan internal Jaringan Intra Instansi Pusat/Pemerintah Daerah, bukti undangan rapat evaluasi kebijakan internal Jaringan Intra Instansi Pusat/Pemerintah Daerah, dan/atau dokumentasi aktivitas-aktivitas evaluasi kebijakan internal Jaringan Intra Instansi Pusat/Pemerintah Daerah.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi kebijakan internal terkait Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah telah ditindaklanjuti dengan kebijakan baru.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut kebijakan internal pengoperasian Jaringan Intra Instansi Pusat/Pemerintah Daerah, yang dapat dilengkapi dengan bukti undangan rapat pembahasan penyempurnaan kebijakan internal pengoperasian Jaringan Intra Instansi Pusat/Pemerintah Daerah, dan/atau dokumentasi aktivitas-aktivitas penyempurnaan kebijakan internal pengoperasian Jaringan Intra Instansi Pusat/Pemerintah Daerah;\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang berlaku sebelumnya; dan\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang memuat pengaturan/norma pengoperasian Jaringan Intra yang telah disempurnakan dan telah ditetapkan.',
    ],
  ),
  '7': levels(
    [
      'Konsep kebijakan internal terkait Penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah belum atau telah tersedia.',
      'Draf kebijakan berupa rancangan Peraturan atau rancangan Keputusan atau Surat Edaran/dokumen yang berisi pengaturan/norma mengenai penggunaan Sistem Penghubung Layanan Pemerintah Pusat/Pemerintah Daerah; Notulensi/catatan/laporan hasil penyusunan kebijakan internal penggunaan Sistem Penghubung Layanan Pemerintah Pusat/Pemerintah Daerah; bukti undangan rapat penyusunan kebijakan internal penggunaan Sistem Penghubung Layanan Pemerintah Pusat/Pemerintah Daerah; dan/atau dokumentasi aktivitas-aktivitas penyusunan kebijakan internal penggunaan Sistem Penghubung Layanan Pemerintah Pusat/Pemerintah Daerah.',
    ],
    [
      'Kebijakan internal terkait Penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah telah ditetapkan.\nKondisi: Kebijakan internal terkait Penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah telah mengatur penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah untuk sebagian unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah.',
      'Konteks pengaturan/norma penggunaan Sistem Penghubung Layanan Pemerintah Pusat/Pemerintah Daerah bagi sebagian unit kerja/perangkat daerah tertuang dalam peraturan/kebijakan kepala unit kerja/perangkat daerah atau dokumen kebijakan Instansi Pusat/Pemerintah Daerah lainnya;',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan kebijakan internal terkait Penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah telah mengatur penggunaan Sistem Penghubung Layanan untuk seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah.',
      'Konteks pengaturan/norma penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah bagi seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi, kebijakan internal terkait Penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah telah mengatur keterhubungan dengan Sistem Penghubung Layanan Pemerintah. Selain itu, kebijakan internal terkait Penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah telah direviu dan dievaluasi secara periodik.',
      'Konteks pengaturan/norma arah kebijakan interkoneksi penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah dengan Sistem Penghubung Layanan Pemerintah tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah; dan\nTerdapat notulensi/catatan/laporan hasil evaluasi kebijakan internal Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah, bukti undangan rapat evaluasi kebijakan internal Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah, dan/atau dokumentasi aktivitas-aktivitas evaluasi kebijakan internal Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi kebijakan internal terkait Penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah telah ditindaklanjuti dengan kebijakan baru.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut kebijakan internal Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah, yang dapat dilengkapi dengan bukti undangan rapat pembahasan penyempurnaan kebijakan internal penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah, dan/atau dokumentasi aktivitas-aktivitas penyempurnaan kebijakan internal penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah;\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang berlaku sebelumnya; dan\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang memuat pengaturan/norma penggunaan Sistem Penghubung Layanan yang telah disempurnakan dan telah ditetapkan.',
    ],
  ),
  '8': levels(
    [
      'Konsep kebijakan internal terkait Manajemen Keamanan Informasi belum atau telah tersedia.',
      'Draf kebijakan berupa rancangan Peraturan atau rancangan Keputusan atau Surat Edaran/dokumen yang berisi pengaturan/norma mengenai penerapan Manajemen Keamanan Informasi; Notulensi/catatan/laporan hasil penyusunan kebijakan internal penerapan Manajemen Keamanan Informasi; bukti undangan rapat penyusunan kebijakan internal penerapan Manajemen Keamanan Informasi; dan/atau dokumentasi aktivitas-aktivitas penyusunan kebijakan internal penerapan Manajemen Keamanan Informasi.',
    ],
    [
      'Kebijakan internal terkait Manajemen Keamanan Informasi telah ditetapkan.\nKondisi: Kebijakan internal terkait Manajemen Keamanan Informasi belum mengatur secara lengkap mengenai cakupan Manajemen Keamanan Informasi (penetapan ruang lingkup, penetapan penanggung jawab, perencanaan, dukungan pengoperasian, evaluasi kinerja, dan perbaikan berkelanjutan terhadap Keamanan Informasi).',
      'Konteks pengaturan/norma penerapan Manajemen Keamanan Informasi, dimana terdapat sebagian cakupan Manajemen Keamanan Informasi yang tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah;',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan kebijakan internal terkait Manajemen Keamanan Informasi mengatur seluruh cakupan Manajemen Keamanan Informasi secara lengkap (penetapan ruang lingkup, penetapan penanggung jawab, perencanaan, dukungan pengoperasian, evaluasi kinerja, dan perbaikan berkelanjutan terhadap Keamanan Informasi).',
      'Konteks pengaturan/norma penerapan Manajemen Keamanan Informasi berisi cakupan (penetapan ruang lingkup, penetapan penanggung jawab, perencanaan, dukungan pengoperasian, evaluasi kinerja, dan perbaikan berkelanjutan terhadap Keamanan Informasi) diuraikan secara lengkap yang tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah;',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi, dan kebijakan internal terkait Manajemen Keamanan Informasi telah mengatur penerapan untuk seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah. Selain itu, kebijakan internal terkait Manajemen Keamanan Informasi telah direviu dan dievaluasi secara periodik.',
      'Konteks pengaturan/norma penerapan Manajemen Keamanan Informasi bagi seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah yang tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah; dan\nTerdapat notulensi/catatan/laporan hasil evaluasi kebijakan internal penerapan Manajemen Keamanan Informasi, bukti undangan rapat evaluasi kebijakan internal penerapan Manajemen Keamanan Informasi, dan/atau dokumentasi aktivitas-aktivitas evaluasi kebijakan internal penerapan Manajemen Keamanan Informasi.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi kebijakan internal terkait Manajemen Keamanan Informasi telah ditindaklanjuti dengan kebijakan baru.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut kebijakan internal penerapan Manajemen Keamanan Informasi, yang dapat dilengkapi dengan bukti undangan rapat pembahasan penyempurnaan kebijakan internal penerapan Manajemen Keamanan Informasi, dan/atau dokumentasi aktivitas-aktivitas penyempurnaan kebijakan internal penerapan Manajemen Keamanan Informasi;\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang berlaku sebelumnya; dan\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang memuat pengaturan/norma penerapan Manajemen Keamanan Informasi yang telah disempurnakan dan telah ditetapkan.',
    ],
  ),
  '9': levels(
    [
      'Konsep kebijakan internal terkait Audit TIK belum atau telah tersedia.',
      'Draf kebijakan berupa rancangan Peraturan atau rancangan Keputusan atau Surat Edaran/dokumen yang berisi pengaturan/norma mengenai pelaksanaan Audit TIK; Notulensi/catatan/laporan hasil penyusunan kebijakan internal pelaksanaan Audit TIK; bukti undangan rapat penyusunan kebijakan internal pelaksanaan Audit TIK; dan/atau dokumentasi aktivitas-aktivitas penyusunan kebijakan internal pelaksanaan Audit TIK.',
    ],
    [
      'Kebijakan internal Audit TIK telah ditetapkan.\nKondisi: Kebijakan internal terkait Audit TIK hanya mengatur pelaksanaan sebagian Audit TIK (Audit Infrastruktur SPBE, Audit Aplikasi SPBE, dan Audit Keamanan SPBE).',
      'Konteks pengaturan/norma penerapan Audit TIK, dimana terdapat sebagian cakupan Audit TIK yang tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah;',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan kebijakan internal terkait Audit TIK telah mengatur pelaksanaan seluruh Audit TIK (Audit Infrastruktur SPBE Audit Aplikasi SPBE, dan Audit Keamanan SPBE).',
      'Kebijakan mengenai Audit TIK telah mengatur cakupan Audit TIK secara lengkap.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan kebijakan internal terkait Audit TIK telah direviu dan dievaluasi secara periodik.',
      'Konteks pengaturan/norma penerapan Audit TIK bagi seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah yang tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah; dan\nTerdapat notulensi/catatan/laporan berkala hasil evaluasi kebijakan internal penerapan Manajemen Keamanan Informasi, bukti undangan rapat evaluasi kebijakan internal penerapan Manajemen Keamanan Informasi, dan/atau dokumentasi aktivitas-aktivitas evaluasi kebijakan internal penerapan Manajemen Keamanan Informasi.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi kebijakan internal terkait Audit TIK telah ditindaklanjuti dengan kebijakan baru.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut kebijakan internal penerapan Audit TIK, yang dapat dilengkapi dengan bukti undangan rapat pembahasan penyempurnaan kebijakan internal penerapan Audit TIK, dan/atau dokumentasi aktivitas-aktivitas penyempurnaan kebijakan internal penerapan Audit TIK;\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang berlaku sebelumnya; dan\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang memuat pengaturan/norma penerapan Audit TIK yang telah disempurnakan dan telah ditetapkan.',
    ],
  ),
  '10': levels(
    [
      'Konsep kebijakan internal terkait Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah belum atau telah tersedia.',
      'Draf kebijakan berupa rancangan Peraturan atau rancangan Keputusan atau Surat Edaran/dokumen yang berisi pengaturan/norma mengenai pelaksanaan tugas dan fungsi Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah; Notulensi/catatan/laporan hasil penyusunan kebijakan internal pelaksanaan tugas dan fungsi Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah; bukti undangan rapat penyusunan kebijakan internal pelaksanaan tugas dan fungsi Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah; dan/atau dokumentasi aktivitas-aktivitas penyusunan kebijakan internal pelaksanaan tugas dan fungsi Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah.',
    ],
    [
      'Kebijakan internal Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah telah ditetapkan.\nKondisi: Kebijakan internal terkait Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah telah mencakup pengaturan tugas-tugas Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah yang mendukung penerapan SPBE pada sebagian unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah.',
      'Konteks pengaturan/norma pelaksanaan tugas dan fungsi Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah, dimana hanya mencakup sebagian unit kerja/perangkat daerah yang tertuang dalam dokumen kebijakan unit kerja/perangkat daerah atau kebijakan Instansi Pusat/Pemerintah Daerah lainnya;',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan kebijakan internal terkait Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah telah mencakup pengaturan tugas-tugas Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah yang mendukung penerapan SPBE pada seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah.',
      'Konteks pengaturan/norma pelaksanaan tugas dan fungsi Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah yang telah mendukung penerapan SPBE pada seluruh unit kerja/perangkat daerah yang tertuang dalam dokumen kebijakan Instansi Pusat/Pemerintah Daerah.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi, kebijakan internal terkait Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah yang mendukung penerapan SPBE antar Instansi Pusat, antar Pemerintah Daerah, dan/atau antar Instansi Pusat dan Pemerintah Daerah, dan kebijakan internal terkait Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah telah direviu dan dievaluasi secara periodik.',
      'Konteks pengaturan/norma pelaksanaan tugas dan fungsi Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah yang mengatur arah koordinasi, kerja sama, atau integrasi penerapan SPBE antar Instansi Pusat, antar Pemerintah Daerah, dan/atau antar Instansi Pusat dan Pemerintah Daerah dokumen kebijakan Instansi Pusat/Pemerintah Daerah; dan\nTerdapat notulensi/catatan/laporan hasil evaluasi kebijakan internal Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah, bukti undangan rapat evaluasi kebijakan internal Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah, dan/atau dokumentasi aktivitas-aktivitas evaluasi kebijakan internal Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi kebijakan internal terkait Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah telah ditindaklanjuti dengan kebijakan baru.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut kebijakan internal Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah, yang dapat dilengkapi dengan bukti undangan rapat pembahasan penyempurnaan kebijakan internal Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah, dan/atau dokumentasi aktivitas-aktivitas penyempurnaan kebijakan internal Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah;\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang berlaku sebelumnya; dan\nDokumen kebijakan Instansi Pusat/Pemerintah Daerah yang memuat pengaturan/norma Tim Koordinasi SPBE yang telah disempurnakan dan telah ditetapkan.',
    ],
  ),
  '11': levels(
    [
      'Konsep dokumen Arsitektur SPBE belum atau telah tersedia.',
      'Dokumen berupa draft/rancangan yang memuat Arsitektur SPBE; Terdapat notulensi/catatan/laporan hasil penyusunan rancangan Arsitektur SPBE, bukti undangan rapat penyusunan rancangan Arsitektur SPBE, dan/atau dokumentasi aktivitas-aktivitas penyusunan Arsitektur SPBE.',
    ],
    [
      'Dokumen Arsitektur SPBE telah tersedia.\nKondisi: Dokumen Arsitektur SPBE tidak/belum mencakup referensi dan domain Arsitektur SPBE Instansi Pusat/Pemerintah Daerah secara lengkap yaitu referensi dan domain arsitektur Proses Bisnis, Data dan Informasi, Infrastruktur SPBE, Aplikasi SPBE, Keamanan SPBE, dan Layanan SPBE.',
      'Dokumen yang memuat Arsitektur SPBE yang menggambarkan sebagian Referensi Arsitektur SPBE dan Domain Arsitektur SPBE serta telah didokumentasikan secara formal.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan dokumen Arsitektur SPBE telah mencakup seluruh referensi dan domain Arsitektur SPBE Instansi Pusat/Pemerintah Daerah yaitu referensi dan domain arsitektur Proses Bisnis, Data dan Informasi, Infrastruktur SPBE, Aplikasi SPBE, Keamanan SPBE, dan Layanan SPBE.',
      'Dokumen yang memuat Arsitektur SPBE yang didalamnya mencakup seluruh Referensi Arsitektur dan Domain Arsitektur serta telah didokumentasikan secara formal.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan dokumen Arsitektur SPBE Instansi Pusat/Pemerintah Daerah telah berpedoman pada Arsitektur SPBE Nasional. Selain itu, dokumen Arsitektur SPBE Instansi Pusat/Pemerintah Daerah telah dilakukan reviu dan evaluasi secara periodik.',
      'Dokumen yang memuat Arsitektur SPBE yang berisi seluruh Referensi Arsitektur dan Domain Arsitektur SPBE serta telah sesuai dengan standar Arsitektur SPBE Nasional;\nTerdapat notulensi/catatan/laporan hasil reviu Arsitektur SPBE, bukti undangan rapat reviu dan evaluasi Arsitektur SPBE, dan/atau dokumentasi aktivitas-aktivitas reviu dan evaluasi Arsitektur SPBE.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan dokumen Arsitektur SPBE Instansi Pusat/Pemerintah Daerah telah dilakukan pemutakhiran sebagai tindak lanjut hasil reviu dan evaluasi.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut Arsitektur SPBE, yang dilengkapi dengan bukti undangan rapat pembahasan penyempurnaan Arsitektur SPBE, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan Arsitektur SPBE;\nDokumen Arsitektur SPBE Instansi Pusat/Pemerintah Daerah yang berlaku sebelumnya; dan\nDokumen Arsitektur SPBE Instansi Pusat/Pemerintah Daerah yang yang telah disempurnakan dan telah ditetapkan.',
    ],
  ),
  '12': levels(
    [
      'Konsep dokumen Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah belum atau telah tersedia.',
      'Dokumen berupa draft/rancangan Peta Rencana SPBE; Terdapat notulensi/catatan/laporan hasil penyusunan rancangan Peta Rencana SPBE, bukti undangan rapat penyusunan rancangan Peta Rencana SPBE, dan/atau dokumentasi aktivitas-aktivitas penyusunan Peta Rencana SPBE.',
    ],
    [
      'Dokumen Peta Rencana SPBE telah tersedia.\nKondisi: dokumen Peta Rencana SPBE tidak/belum mencakup muatan Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah secara lengkap yaitu peta rencana Tata Kelola SPBE, Manajemen SPBE, Layanan SPBE, Infrastruktur SPBE, Aplikasi SPBE, Keamanan SPBE, Audit Teknologi SPBE dan Audit TIK.',
      'Dokumen yang memuat Peta Rencana SPBE yang didalamnya mencakup sebagian muatan Peta Rencana SPBE serta telah didokumentasikan secara formal.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan dokumen Peta Rencana SPBE telah mencakup seluruh muatan Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah secara lengkap yaitu peta rencana Tata Kelola SPBE, Manajemen SPBE, Layanan SPBE, Infrastruktur SPBE, Aplikasi SPBE, Keamanan SPBE, Audit Teknologi SPBE dan Audit TIK.',
      'Dokumen yang memuat Peta Rencana SPBE yang didalamnya mencakup seluruh muatan Peta Rencana SPBE serta telah didokumentasikan secara formal.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan dokumen Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah telah diterapkan secara konsisten melalui rencana kerja dan anggaran 3 (tiga) tahun terakhir. Selain itu, dokumen Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah telah dilakukan reviu dan evaluasi secara periodik.',
      'Dokumen yang memuat Peta Rencana SPBE yang didalamnya mencakup seluruh muatan Peta Rencana SPBE dan Dokumen Rencana Kerja dan Anggaran 3 (tiga) tahun terakhir yang didalamnya tercantum program/kegiatan yang selaras dengan Peta Rencana SPBE tersebut;\nTerdapat notulensi/catatan/laporan hasil reviu Peta Rencana SPBE, yang dapat dilengkapi dengan bukti undangan rapat reviu dan evaluasi Peta Rencana SPBE, dan/atau dokumentasi aktivitas-aktivitas reviu dan evaluasi Peta Rencana SPBE.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan dokumen Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah telah dilakukan pemutakhiran sebagai tindak lanjut hasil reviu dan evaluasi.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut Peta Rencana SPBE, yang dapat dilengkapi dengan bukti undangan rapat pembahasan penyempurnaan Peta Rencana SPBE, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan Peta Rencana SPBE;\nDokumen yang memuat Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah yang berlaku sebelumnya; dan\nDokumen yang memuat Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah yang telah disempurnakan dan telah ditetapkan.',
    ],
  ),
  '13': levels(
    [
      'Rencana dan Anggaran SPBE belum atau telah tertuang dalam rencana kerja dan anggaran tahunan.',
      'Dokumen RKA/KL atau DPA-SKPD yang berisi program/kegiatan penerapan SPBE; Terdapat notulensi/catatan/laporan hasil pembahasan penyusunan Rencana dan Anggaran SPBE, bukti undangan rapat penyusunan Rencana dan Anggaran SPBE, dan/atau dokumentasi aktivitas-aktivitas penyusunan Rencana dan Anggaran SPBE.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan Rencana dan Anggaran SPBE pada unit kerja/perangkat daerah tidak seluruhnya dikonsultasikan kepada unit pengelola TIK di Instansi Pusat/Pemerintah Daerah.',
      'Dokumen RKA/KL atau DPA-SKPD yang memuat anggaran SPBE; Dokumen yang berisi hasil konsultasi sebagian anggaran SPBE dengan unit pengelola TIK dan didokumentasikan secara formal.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan seluruh Rencana dan Anggaran SPBE unit kerja/perangkat daerah telah dikonsultasikan kepada unit pengelola TIK di Instansi Pusat/Pemerintah Daerah.',
      'Dokumen RKA/KL atau DPA-SKPD dan/atau Dokumen SOP terkait proses penyusunan Anggaran SPBE terpadu serta dokumen hasil konsultasi anggaran SPBE yang seluruhnya telah dikonsultasikan dengan unit pengelola TIK dan didokumentasikan secara formal.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi. Seluruh Rencana dan Anggaran SPBE Instansi Pusat/Pemerintah Daerah telah terpadu dan dapat dikendalikan oleh unit kerja/lembaga daerah yang menjalankan fungsi perencanaan dan penganggaran. Selain itu, Rencana dan Anggaran SPBE telah direviu dan dievaluasi secara periodik.',
      'Dokumen SOP terkait proses penyusunan Anggaran SPBE terpadu dan/atau Dokumen RKA/KL atau DPA-SKPD terkait Rencana dan Anggaran SPBE terpadu yang dikendalikan oleh unit kerja/perangkat daerah yang menjalankan fungsi perencanaan dan penganggaran dan didokumentasikan secara formal;\nTerdapat notulensi/catatan/laporan hasil reviu/evaluasi Rencana dan Anggaran SPBE, bukti undangan rapat reviu dan evaluasi Rencana dan Anggaran SPBE, dan/atau dokumentasi aktivitas-aktivitas reviu dan evaluasi Rencana dan Anggaran SPBE.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta Rencana dan Anggaran SPBE telah dilakukan perbaikan untuk tahun anggaran berikutnya sebagai tindak lanjut hasil reviu dan evaluasi.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut Rencana dan Anggaran SPBE, yang dapat dilengkapi dengan bukti undangan rapat pembahasan revisi Rencana dan Anggaran SPBE, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau revisi Rencana dan Anggaran SPBE;\nDokumen yang memuat Rencana dan Anggaran SPBE Instansi Pusat/Pemerintah Daerah yang berlaku sebelumnya; dan\nDokumen yang memuat Rencana dan Anggaran SPBE Instansi Pusat/Pemerintah Daerah yang telah disempurnakan dan telah ditetapkan.',
    ],
  ),
  '14': levels(
    [
      'Dokumen Proses Bisnis Instansi Pusat/Pemerintah belum atau telah tersedia.\nKondisi: Dokumen Proses Bisnis Instansi Pusat/Pemeritah Daerah belum memenuhi standar.',
      'Dokumen berupa draft/rancangan model Peta Proses Bisnis dan/atau Peta Proses Bisnis; Terdapat notulensi/catatan/laporan hasil penyusunan rancangan model Proses Bisnis, bukti undangan rapat penyusunan rancangan model Proses Bisnis, dan/atau dokumentasi aktivitas-aktivitas penyusunan Proses Bisnis.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan dokumen Proses Bisnis Instansi Pusat/Pemeritah Daerah telah memenuhi standar.',
      'Dokumen model Peta Proses Bisnis masing-masing level dan pendukung yang sesuai dengan pedoman yang berlaku dan didokumentasikan secara formal.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Proses Bisnis Instansi Pusat/Pemeritah Daerah telah dilakukan perbaikan sebagai bentuk inovasi Proses Bisnis untuk mewujudkan proses bisnis yang lebih efisien.',
      'Dokumen model Peta Proses Bisnis yang telah dilakukan perbaikan dan didokumentasikan secara formal.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi, Inovasi Proses bisnis telah diterapkan ke dalam sistem elektronik/sistem aplikasi, serta telah dilakukan reviu dan evaluasi secara periodik.',
      'Dokumentasi model Inovasi Proses Bisnis telah dilakukan peningkatan melalui sistem elektronik;\nTerdapat notulensi/catatan/laporan hasil reviu/evaluasi Inovasi Proses Bisnis, bukti undangan rapat reviu dan evaluasi Inovasi Proses Bisnis, dan/atau dokumentasi aktivitas-aktivitas reviu dan evaluasi Inovasi Proses Bisnis.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan melakukan perbaikan Inovasi Proses Bisnis yang diterapkan ke dalam sistem elektronik/ sistem aplikasi sebagai tindak lanjut hasil reviu dan evaluasi.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut Inovasi Proses Bisnis, yang dapat dilengkapi dengan bukti undangan rapat pembahasan penyempurnaan Proses Bisnis, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan Proses Bisnis;\nDokumen yang memuat Inovasi Proses Bisnis Instansi Pusat/Pemerintah Daerah yang berlaku sebelumnya; dan\nDokumen yang memuat Inovasi Proses Bisnis Instansi Pusat/Pemerintah Daerah yang telah disempurnakan dan telah ditetapkan.',
    ],
  ),
  '15': levels(
    [
      'Proses pembangunan Aplikasi SPBE belum atau telah dilakukan secara adhoc (sewaktu-waktu, tidak terencana).\nKondisi: Proses pembangunan Aplikasi SPBE belum memenuhi siklus pembangunan aplikasi.',
      'Dokumentasi proses pembangunan/pengembangan Aplikasi SPBE, notulen/catatan/laporan hasil pembahasan pembangunan Aplikasi SPBE, dan/atau undangan rapat pembangunan/pengembangan Aplikasi SPBE.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan proses pembangunan Aplikasi SPBE telah dilakukan sesuai siklus pembangunan aplikasi.',
      'Dokumentasi proses pembangunan/pengembangan Aplikasi SPBE, dan/atau notulen/catatan/laporan proses pembangunan Aplikasi SPBE yang didalamnya mencakup siklus pembagunan aplikasi, serta didokumentasikan secara formal.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan proses pembangunan aplikasi SPBE telah dikonsultasikan kepada unit kerja/perangkat daerah yang melaksanakan fungsi pengelolaan TIK di Instansi Pusat/Pemerintah Daerah.',
      'Dokumentasi proses pembangunan/pengembangan Aplikasi SPBE yang didalamnya mencakup siklus pembagunan aplikasi dan didokumentasikan secara formal; Terdapat notulensi/catatan/laporan hasil pembahasan pembangunan Aplikasi SPBE antara unit pengusul di Intansi Pusat/Pemerintah Daerah dengan Unit pengelola TIK.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan Pembangunan Aplikasi SPBE Instansi Pusat/Pemerintah Daerah telah terpadu dan dapat dikendalikan oleh unit kerja/lembaga daerah yang menjalankan fungsi pengelolaan TIK di Instansi Pusat/Pemerintah Daerah. selain itu, Pembangunan Aplikasi SPBE direviu dan dievaluasi secara periodik.',
      'Dokumentasi aktivitas-aktivitas pembangunan/pengembangan Aplikasi SPBE yang terkendali dan terpadu pada unit kerja/perangkat daerah yang menjalankan fungsi pengelolaan TIK;\nTerdapat notulensi/catatan/laporan hasil monitoring dan evaluasi pembangunan dan/atau penggunaan Aplikasi SPBE serta bukti undangan rapat evaluasi pembangunan Aplikasi SPBE.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan Aplikasi SPBE telah dikembangkan secara optimal untuk meningkatkan efektivitas dan efisiensi terhadap perubahan lingkungan, teknologi, dan kebutuhan Instansi Pusat/Pemerintah Daerah sebagai tindak lanjut hasil reviu dan evaluasi.',
      'Terdapat notulensi/catatan/laporan hasil evaluasi dan rekomendasi tindak lanjut pembangunan Aplikasi SPBE serta dapat dilengkapi dengan bukti undangan rapat penyempurnaan pembangunan Aplikasi SPBE.\nDokumen yang memuat pengembangan Aplikasi SPBE Instansi Pusat/Pemerintah Daerah yang berlaku sebelumnya; dan\nDokumen yang memuat pengembangan Aplikasi SPBE Instansi Pusat/Pemerintah Daerah yang telah disempurnakan dan telah ditetapkan.',
    ],
  ),
  '16': levels(
    [
      'Layanan Pusat Data belum atau telah tersedia digunakan oleh Instansi Pusat/Pemerintah Daerah.',
      'Dokumentasi pemanfaatan Layanan Pusat Data, SOP penggunaan pusat data, notulensi/catatan/laporan hasil pembangunan Layanan Pusat Data, dan/atau bukti undangan rapat pembangunan Layanan Pusat Data.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi.\nKondisi: Layanan Pusat Data tidak/belum digunakan oleh seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah.',
      'Dokumentasi pemanfaatan Layanan Pusat Data pada sebagian unit kerja/perangkat daerah yang menggunakan dan/atau SOP penggunaan pusat data, serta didokumentasikan secara formal.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Layanan Pusat Data telah digunakan oleh seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah. Selain itu, terdapat prosedur pengoperasian baku Layanan Pusat Data.',
      'Dokumentasi pemanfaatan Layanan Pusat Data pada seluruh unit kerja/perangkat daerah yang menggunakan dan SOP penggunaan pusat data, serta didokumentasikan secara formal.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan terdapat interkoneksi Layanan Pusat Data dengan Pusat Data Nasional/Pusat Data Instansi Pusat/Pusat Data Pemerintah Daerah lain dan/atau penggunaan Layanan Pusat Data Nasional. Selain itu, penggunaan Layanan Pusat Data di Instansi Pusat/Pemerintah Daerah telah direviu dan dievaluasi secara periodik.',
      'Dokumentasi pemanfaatan Layanan Pusat Data, SOP penggunaan pusat data, dokumentasi interkoneksi dengan pusat data Instansi Pusat/Pemerintah Daerah lain dan/atau Pusat Data Nasional;\nTerdapat notulensi/catatan/laporan hasil evaluasi Layanan Pusat Data, bukti undangan rapat evaluasi Layanan Pusat Data, dan/atau dokumentasi aktivitas-aktivitas evaluasi Layanan Pusat Data.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi penggunaan Layanan Pusat Data di Instansi Pusat/Pemerintah Daerah telah ditindaklanjuti dengan melakukan perbaikan terhadap Layanan Pusat Data.',
      'Terdapat notulensi/catatan/laporan hasil evaluasi dan rekomendasi tindak lanjut Layanan Pusat Data, yang dapat dilengkapi dengan bukti undangan rapat evaluasi Layanan Pusat Data, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan Layanan Pusat Data;\nDokumen yang memuat pemanfaatan Layanan Pusat Data, SOP penggunaan pusat data, dokumentasi interkoneksi Layanan Pusat Data Instansi Pusat/Pemerintah Daerah yang berlaku sebelumnya; dan\nDokumen yang memuat pemanfaatan Layanan Pusat Data, SOP penggunaan pusat data, dokumentasi interkoneksi Layanan Pusat Data Instansi Pusat/Pemerintah Daerah yang telah disempurnakan dan telah ditetapkan.',
    ],
  ),
  '17': levels(
    [
      'Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah belum atau telah tersedia.',
      'Terdapat notulensi/catatan/laporan pembangunan Jaringan Intra Instansi Pusat/Pemerintah Daerah, pengoperasian Jaringan Intra Instansi Pusat/Pemerintah Daerah pada sebagian unit kerja/perangkat daerah, dan/atau bukti undangan rapat pembangunan Jaringan Intra Instansi Pusat/Pemerintah Daerah.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi.\nKondisi: Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah tidak/belum diterapkan di seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah.',
      'Terdapat notulensi/catatan/laporan pengoperasian Jaringan Intra Instansi Pusat/Pemerintah Daerah pada seluruh unit kerja/perangkat daerah serta telah didokumentasikan secara formal.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah telah diterapkan di seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah.',
      'Terdapat dokumentasi pengoperasian Jaringan Intra Instansi Pusat/Pemerintah Daerah yang terhubung pada seluruh unit kerja/perangkat daerah serta telah didokumentasikan secara formal.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan terdapat interkoneksi Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah dengan Jaringan Intra Pemerintah dan/atau Jaringan Intra Instansi Pusat/Pemerintah Daerah lain. Selain itu, Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah telah direviu dan dievaluasi secara periodik.',
      'Dokumentasi pengoperasian dan/atau Standard Operating Procedure (SOP) Jaringan Intra Instansi Pusat/Pemerintah Daerah secara menyeluruh yang terhubung dengan Jaringan Intra Instansi Pusat/Pemerintah Daerah lainnya dan/atau dengan Jaringan Intra Pemerintah.\nTerdapat notulensi/catatan/laporan hasil reviu dan evaluasi pengoperasian Jaringan Intra Instansi Pusat/Pemerintah Daerah, yang dapat dilengkapi dengan bukti undangan rapat evaluasi pengoperasian Jaringan Intra Instansi Pusat/Pemerintah Daerah, dan/atau dokumentasi aktivitas-aktivitas evaluasi pengoperasian Jaringan Intra Instansi Pusat/Pemerintah Daerah.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah telah ditindaklanjuti dengan melakukan perbaikan terhadap Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah.',
      'Terdapat notulensi/catatan/laporan hasil evaluasi dan rekomendasi tindak lanjut pengoperasian Jaringan Intra Instansi Pusat/Pemerintah Daerah, yang dapat dilengkapi dengan bukti undangan rapat pembahasan penyempurnaan Jaringan Intra Instansi Pusat/Pemerintah Daerah, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan Jaringan Intra Instansi Pusat/Pemerintah Daerah;\nDokumen yang memuat pengoperasian Jaringan Intra Instansi Pusat/Pemerintah Daerah yang berlaku sebelumnya; dan\nDokumen yang memuat pengoperasian Jaringan Intra Instansi Pusat/Pemerintah Daerah yang telah disempurnakan dan telah ditetapkan.',
    ],
  ),
  '18': levels(
    [
      'Sistem penghubung layanan Instansi Pusat dan Pemerintah Daerah belum atau telah tersedia.',
      'Berupa tautan/dokumentasi pengoperasian Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah, tangkapan layar integrasi antar aplikasi/data/layanan SPBE, Terdapat notulensi/catatan/laporan penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah, dan/atau bukti undangan rapat terkait penerapan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi.\nKondisi: Sistem penghubung layanan Instansi Pusat dan Pemerintah Daerah tidak/belum diterapkan di seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah.',
      'Berupa tautan/dokumentasi pengoperasian Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah, tangkapan layar integrasi antar aplikasi/data/layanan SPBE yang digunakan pada sebagian unit kerja/perangkat daerah dan telah didokumentasikan secara formal.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan sistem penghubung layanan Instansi Pusat dan Pemerintah Daerah telah diterapkan di seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah.',
      'Berupa tautan/dokumentasi pengoperasian Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah, tangkapan layar integrasi antar aplikasi/data/layanan SPBE yang digunakan pada seluruh unit kerja/perangkat daerah dan didokumentasikan secara formal.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi, sistem penghubung layanan Instansi Pusat dan Pemerintah Daerah telah terintegrasi dengan sistem penghubungan layanan pemerintah dan/atau sistem penghubung layanan Instansi Pusat/Pemerintah Daerah lain. Selain itu, sistem penghubung layanan Instansi Pusat/Pemerintah Daerah telah direviu dan dievaluasi secara periodik.',
      'Berupa tautan/dokumentasi pengoperasian Sistem Penghubung Layanan Pusat/Pemerintah Daerah dengan Sistem Penghubung Layanan Pusat/Pemerintah Daerah lainnya, dan/atau Standard Operating Procedure (SOP) integrasi data atau layanan SPBE dengan menggunakan Sistem Penghubung Layanan;\nTerdapat notulensi/catatan/laporan hasil evaluasi Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah, bukti undangan rapat evaluasi Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah, dan/atau dokumentasi aktivitas-aktivitas evaluasi Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi sistem penghubung layanan Instansi Pusat dan Pemerintah Daerah telah ditindaklanjuti dengan melakukan perbaikan.',
      'Terdapat notulensi/catatan/laporan hasil evaluasi dan rekomendasi tindak Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah, bukti undangan rapat pembahasan penyempurnaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah;\nDokumentasi berupa tautan dan/atau tangkapan layar Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah yang sebelumnya dan yang berisi penyempurnaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah.',
    ],
  ),
  '19': levels(
    [
      'Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah belum atau telah terbentuk.\nKondisi: Tugas/program kerja Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah dilaksanakan sewaktu-waktu atau tanpa perencanaan.',
      'Notulensi/catatan/laporan hasil pembentukan Tim Koordinasi SPBE, bukti undangan rapat pembentukan Tim Koordinasi SPBE, dan/atau dokumentasi aktivitas-aktivitas pembentukan Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan tugas/program kerja Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah telah dilaksanakan sesuai perencanaan.\nKondisi: tugas/program kerja Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah tidak/belum dilaksanakan seluruhnya.',
      'Dokumentasi pelaksanaan tugas/program kerja Tim Koordinasi SPBE yang telah dilaksanakan, dan atau tangkapan layar, foto, dan dokumentasi lainnya terkait pelaksanaan sebagian tugas/program kerja Tim Koordinasi SPBE.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan tugas/program kerja Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah telah dilaksanakan seluruhnya.\nKondisi: program kerja Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah belum dikomunikasikan/dikoordinasikan kepada semua unit kerja/perangkat daerah terkait di Instansi Pusat/Pemerintah Daerah.',
      'Dokumentasi pelaksanaan tugas/program kerja Tim Koordinasi SPBE, tangkapan layar, foto, dan dokumentasi lainnya terkait pelaksanaan keseluruhan tugas/program kerja yang diuraikan sesuai amanat penetapan Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan program kerja Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah telah dikomunikasikan/dikoordinasikan kepada semua unit kerja/perangkat daerah terkait di Instansi Pusat/Pemerintah Daerah. Selain itu, tugas/program kerja Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah telah dilakukan reviu dan evaluasi.',
      'Dokumentasi aktivitas-aktivitas rapat koordinasi pelaksanaan tugas/program kerja dengan seluruh unit kerja/perangkat;\nTerdapat notulensi/catatan/laporan reviu atau evaluasi tugas/program kerja Tim Koordinasi SPBE.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan hasil reviu dan evaluasi tugas/program kerja Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah telah ditindaklanjuti melalui perbaikan tugas/program kerja Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah dan pelaksanaannya.',
      'Terdapat notulensi/catatan/laporan hasil evaluasi dan rekomendasi tindak lanjut perbaikan tugas/program kerja dari Tim Koordinasi SPBE serta bukti undangan rapat peningkatan kinerja Tim Koordinasi SPBE.\nDokumentasi tugas/program kerja Tim Koordinasi SPBE yang sebelumnya dan yang berisi peningkatan tugas/program kerja Tim Koordinasi SPBE.',
    ],
  ),
  '20': levels(
    [
      'Kolaborasi antar unit kerja/perangkat daerah di Instansi Pusat/Perangkat Daerah dalam penerapan SPBE belum atau telah dilaksanakan.\nKondisi: Kolaborasi antar unit kerja/perangkat daerah di Instansi Pusat/Perangkat Daerah dalam penerapan SPBE dilaksanakan sewaktu-waktu atau tanpa perencanaan.',
      'Notulensi/catatan/laporan hasil rencana/pelaksanaan Kolaborasi Penerapan SPBE, bukti undangan rapat rencana/pelaksanaan Kolaborasi Penerapan SPBE, dan/atau dokumentasi aktivitas-aktivitas rencana/pelaksanaan Kolaborasi Penerapan SPBE.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan kolaborasi antar unit kerja/perangkat daerah di Instansi Pusat/Perangkat Daerah dalam penerapan SPBE telah dilaksanakan sesuai perencanaan.\nKondisi: Kolaborasi antar unit kerja/perangkat daerah di Instansi Pusat/Perangkat Daerah dalam penerapan SPBE tidak dibentuk secara formal.',
      'Dokumentasi aktivitas kolaborasi penerapan SPBE antar unit kerja/perangkat daerah sesuai dengan yang telah direncanakan oleh Instansi Pusat/Pemerintah Daerah dan/atau dilengkapi bukti-bukti undangan rapat notulensi/catatan/laporan kolaborasi penerapan SPBE.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan kolaborasi antar unit kerja/perangkat daerah di Instansi Pusat/Perangkat Daerah dalam penerapan SPBE telah dilaksanakan oleh tim yang dibentuk secara formal.\nKondisi: Kolaborasi antar unit kerja/perangkat daerah dalam penerapan SPBE tidak/belum dilaksanakan pada seluruh unit kerja/perangkat daerah di Instansi Pusat/Perangkat Daerah (kolaborasi dibentuk berdasarkan adanya kegiatan bersama).',
      'Dokumentasi aktivitas-aktivitas penetapan dan/atau kegiatan Kolaborasi Penerapan SPBE, notulensi/catatan/laporan kegiatan rutin Kolaborasi Penerapan SPBE, dan/atau bukti undangan kegiatan Kolaborasi Penerapan SPBE.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan kolaborasi antar unit kerja/perangkat daerah dalam penerapan SPBE telah dilaksanakan secara terpadu pada seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah yang dikoordinasikan oleh menteri/kepala lembaga/kepala daerah atau sekretaris kementerian/lembaga/pemerintah daerah. Selain itu, kolaborasi dalam penerapan SPBE telah dilakukan reviu dan evaluasi.',
      'Dokumentasi aktivitas-aktivitas rapat koordinasi untuk Kolaborasi SPBE dalam mendukung pelaksanaan tugas/program kerja dengan seluruh unit kerja/perangkat daerah;\nNotulensi/catatan/laporan, bukti undangan, dan/atau dokumentasi aktivitas-aktivitas pelaksanaan Kolaborasi SPBE terpadu, serta reviu dan evaluasi pelaksanaan kolaborasi penerapan SPBE.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan hasil reviu dan evaluasi kolaborasi dalam penerapan SPBE telah ditindaklanjuti melalui perbaikan pelaksanaan kolaborasi dalam penerapan SPBE.',
      'Terdapat notulensi/catatan/laporan hasil evaluasi dan rekomendasi tindak lanjut pelaksanaan kolaborasi penerapan SPBE serta bukti undangan rapat Kolaborasi SPBE.\nDokumentasi pelaksanaan kolaborasi penerapan SPBE yang sebelumnya dan yang berisi perbaikan pelaksanaan kolaborasi penerapan SPBE.',
    ],
  ),
  '21': levels(
    [
      'Kegiatan Manajemen Risiko SPBE belum atau telah diterapkan.\nKondisi: Kegiatan Manajemen Risiko SPBE diterapkan tanpa program kegiatan yang terarah dan terencana.',
      'Draf/rancangan penerapan Manajemen Risiko SPBE, notulensi/catatan penyusunan rancangan penerapan Manajemen Risiko SPBE',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan kegiatan Manajemen Risiko SPBE diterapkan dengan program kegiatan yang terarah dan terencana.\nKondisi: Penerapan Manajemen Risiko SPBE dilaksanakan tanpa mengacu pada pedoman manajemen risiko SPBE.',
      'Konteks penerapan kegiatan Manajemen Risiko SPBE yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, namun belum mengacu pada pedoman/standar Manajemen Risiko yang telah ditentukan/ditetapkan.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Manajemen Risiko SPBE telah dilaksanakan dengan mengacu pada pedoman manajemen risiko SPBE.',
      'Konteks penerapan Manajemen Risiko SPBE yang menguraikan seluruh pemenuhannya sesuai dengan pedoman/standar Manajemen Risiko yang telah ditentukan/ditetapkan dan terdokumentasi secara formal.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan kebijakann strategis Manajemen Risiko SPBE telah ditetapkan oleh Komite Manajemen Risiko SPBE atau Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah dan diterapkan ke seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah. Selain itu, penerapan Manajemen Risiko SPBE telah direviu dan dievaluasi secara periodik.',
      'Konteks penerapan Manajemen Risiko SPBE yang menguraikan seluruh pemenuhannya sesuai dengan pedoman/standar Manajemen Risiko yang telah ditentukan/ditetapkan dan terdokumentasi secara formal.\nTerdapat dokumentasi formal arah kebijakan strategis Manajemen Risiko SPBE yang ditetapkan oleh Komite Manajemen Risiko SPBE/Tim Koordinasi SPBE kepada seluruh unit kerja/perangkat daerah.\nTerdapat dokumen reviu dan evaluasi penerapan Manajemen Risiko SPBE, bukti undangan rapat reviu dan evaluasi penerapan Manajemen Risiko SPBE, dan/atau dokumentasi aktivitas-aktivitas reviu dan evaluasi penerapan Manajemen Risiko SPBE.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi Manajemen Risiko SPBE ditindaklanjuti melalui perbaikan penerapan Manajemen Risiko SPBE.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut penerapan Manajemen Risiko SPBE, bukti undangan rapat pembahasan penyempurnaan penerapan Manajemen Risiko SPBE, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan penerapan Manajemen Risiko SPBE;\nDokumentasi penerapan Manajemen Risiko SPBE yang sebelumnya dan yang berisi penyempurnaan penerapan Manajemen Risiko SPBE.',
    ],
  ),
  '22': levels(
    [
      'Pengendalian Keamanan Informasi belum atau telah tersedia dalam tahap pembangunan.',
      'Draf/rancangan penerapan Keamanan Informasi, notulensi/catatan penyusunan rancangan penerapan Keamanan Informasi, bukti undangan rapat penyusunan rancangan penerapan Keamanan Informasi, dan/atau dokumentasi aktivitas-aktivitas penyusunan Keamanan Informasi.',
    ],
    [
      'Pengendalian Keamanan Informasi telah tersedia.\nKondisi: Pengendalian Keamanan Informasi telah dilaksanakan pada sebagian unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah.',
      'Konteks pengendalian Keamanan Informasi yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, namun pelaksanaannya hanya dilakukan oleh sebagian unit kerja/perangkat daerah.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan pengendalian Keamanan Informasi telah dilaksanakan pada seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah dengan berdasarkan Risiko SPBE.',
      'Konteks pengendalian Keamanan Informasi yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, dan pelaksanaannya sudah dilakukan oleh seluruh unit kerja/perangkat daerah.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan pengendalian Keamanan Informasi dilakukan melalui strategi Keamanan Informasi yang ditetapkan oleh Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah. Selain itu, pengendalian Keamanan Informasi telah dilakukan reviu dan evaluasi secara periodik.',
      'Konteks pengendalian Keamanan Informasi yang menguraikan seluruh pemenuhannya sesuai dengan pedoman/standar Keamanan Informasi yang telah ditentukan/ditetapkan dan terdokumentasi secara formal.\nTerdapat dokumentasi formal arah kebijakan strategis Keamanan Informasi yang ditetapkan oleh Tim Koordinasi SPBE kepada seluruh unit kerja/perangkat daerah.\nTerdapat dokumen reviu dan evaluasi penerapan Keamanan Informasi, bukti undangan rapat reviu dan evaluasi penerapan Keamanan Informasi, dan/atau dokumentasi aktivitas-aktivitas reviu dan evaluasi penerapan Keamanan Informasi.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi pengendalian Keamanan Informasi ditindaklanjuti melalui perbaikan penerapan proses pengendalian Keamanan Informasi.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut penerapan Keamanan Informasi, bukti undangan rapat pembahasan penyempurnaan penerapan Keamanan Informasi, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan penerapan Keamanan Informasi;\nDokumentasi penerapan Keamanan Informasi yang sebelumnya dan yang berisi penyempurnaan penerapan Keamanan Informasi.',
    ],
  ),
  '23': levels(
    [
      'Kegiatan Manajemen Data belum atau telah diterapkan.\nKondisi: Kegiatan Manajemen Data diterapkan tanpa program kegiatan yang terarah dan terencana.',
      'Draf/rancangan penerapan Manajemen Data, notulensi/catatan penyusunan rancangan penerapan Manajemen Data, bukti undangan rapat penyusunan rancangan penerapan Manajemen Data, dan/atau dokumentasi aktivitas-aktivitas penyusunan Manajemen Data.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan kegiatan Manajemen Data diterapkan dengan program kegiatan yang terarah dan terencana.\nKondisi: Manajemen Data dilaksanakan tanpa mengacu pada pedoman Manajemen Data.',
      'Konteks pengendalian Manajemen Data yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, namun pelaksanaannya belum mengacu pada pedoman Manajemen Data yang berlaku.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Manajemen Data telah dilaksanakan dengan mengacu pada pedoman Manajemen Data yang mencakup pengelolaan arsitektur data, data induk, data referensi, basis data, kualitas data, dan interoperabilitas data.',
      'Konteks pengendalian Manajemen Data yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, dan pelaksanaannya sudah terhadap seluruh rangkaian proses pedoman Manajemen Data.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan Manajemen Data dilaksanakan melalui strategi pengelolaan data yang ditetapkan Forum Satu Data atau Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah dan diterapkan ke seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah. Selain itu, penerapan Manajemen Data telah direviu dan dievaluasi secara periodik.',
      'Konteks pengendalian Manajemen Data yang menguraikan seluruh pemenuhannya sesuai dengan pedoman/standar Manajemen Data yang telah ditentukan/ditetapkan dan terdokumentasi secara formal.\nTerdapat dokumentasi formal arah kebijakan strategis Manajemen Data yang ditetapkan oleh Tim Koordinasi SPBE kepada seluruh unit kerja/perangkat daerah.\nTerdapat dokumen reviu dan evaluasi penerapan Manajemen Data, bukti undangan rapat reviu dan evaluasi penerapan Manajemen Data, dan/atau dokumentasi aktivitas-aktivitas reviu dan evaluasi penerapan Manajemen Data.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi Manajemen Data ditindaklanjuti melalui perbaikan penerapan Manajemen Data.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut penerapan Manajemen Data, bukti undangan rapat pembahasan penyempurnaan penerapan Manajemen Data, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan penerapan Manajemen Data;\nDokumentasi penerapan Manajemen Data yang sebelumnya dan yang berisi penyempurnaan penerapan Manajemen Data.',
    ],
  ),
  '24': levels(
    [
      'Kegiatan Manajemen Aset TIK belum atau telah diterapkan.\nKondisi: Kegiatan Manajemen Aset TIK diterapkan tanpa program kegiatan yang terarah dan terencana.',
      'Draf/rancangan penerapan Manajemen Aset TIK, notulensi/catatan penyusunan rancangan penerapan Manajemen Aset TIK, bukti undangan rapat penyusunan rancangan penerapan Manajemen Aset TIK, dan/atau dokumentasi aktivitas-aktivitas penyusunan Manajemen Aset TIK.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan kegiatan Manajemen Aset TIK diterapkan dengan program kegiatan yang terarah dan terencana.\nKondisi: Manajemen Aset TIK dilaksanakan tanpa mengacu pada pedoman Manajemen Aset TIK yang mencakup proses perencanaan, pengadaan, pemanfaatan/penggunaan, dan penghapusan aset TIK.',
      'Konteks pengendalian Manajemen Aset TIK yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, namun belum mengacu pedoman yang berlaku mulai dari proses perencanaan, pengadaan, pengelolaan, dan penghapusan aset TIK.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Manajemen Aset TIK telah dilaksanakan dengan mengacu pada pedoman Manajemen Aset TIK yang mencakup proses perencanaan, pengadaan, pemanfaatan/penggunaan, dan penghapusan aset TIK.',
      'Konteks pengendalian Manajemen Aset TIK yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, dan pelaksanaannya sudah mengacu pada pedoman Manajemen Aset TIK yang memuat seluruh proses mulai dari perencanaan, pengadaan, pengelolaan, dan penghapusan aset TIK.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi, Manajemen Aset TIK dilaksanakan melalui strategi pengelolaan aset TIK oleh unit kerja/perangkat daerah yang menjalankan fungsi pengelolaan TIK di Instansi Pusat/Pemerintah Daerah dan diterapkan ke seluruh unit kerja/perangkat daerah di Instansi Pusat/Pemerintah Daerah. Selain itu, penerapan Manajemen Aset TIK telah direviu dan dievaluasi secara periodik.',
      'Konteks pengendalian Manajemen Aset TIK yang menguraikan seluruh pemenuhannya sesuai dengan pedoman/standar Manajemen Aset TIK yang telah ditentukan/ditetapkan dan terdokumentasi secara formal.\nTerdapat dokumentasi formal arah kebijakan strategis Manajemen Aset TIK yang ditetapkan oleh Tim Koordinasi SPBE kepada seluruh unit kerja/perangkat daerah.\nTerdapat dokumen reviu dan evaluasi penerapan Manajemen Aset TIK, bukti undangan rapat reviu dan evaluasi penerapan Manajemen Aset TIK, dan/atau dokumentasi aktivitas-aktivitas reviu dan evaluasi penerapan Manajemen Aset TIK.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi Manajemen Aset TIK ditindaklanjuti melalui perbaikan penerapan Manajemen Aset TIK.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut penerapan Manajemen Aset TIK, bukti undangan rapat pembahasan penyempurnaan penerapan Manajemen Aset TIK, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan penerapan Manajemen Aset TIK;\nDokumentasi penerapan Manajemen Aset TIK yang sebelumnya dan yang berisi penyempurnaan penerapan Manajemen Aset TIK.',
    ],
  ),
  '25': levels(
    [
      'Pemenuhan kompetensi Sumber Daya Manusia belum atau telah diupayakan.\nKondisi: Pemenuhan kompetensi Sumber Daya Manusia SPBE dilakukan tanpa perencanaan Sumber Daya Manusia.',
      'Draf/rancangan penerapan Manajemen SDM SPBE, notulensi/catatan penyusunan rancangan penerapan Manajemen SDM SPBE, bukti undangan rapat penyusunan rancangan penerapan Manajemen SDM SPBE, dan/atau dokumentasi aktivitas-aktivitas penyusunan Manajemen SDM SPBE.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan pemenuhan kompetensi Sumber Daya Manusia SPBE dilakukan sesuai dengan perencanaan Sumber Daya Manusia.\nKondisi: Kompetensi Sumber Daya Manusia SPBE tidak/belum terpenuhi seluruhnya yaitu kompetensi di bidang proses bisnis memerintahan, arsitektur SPBE, data dan informasi, keamanan SPBE, aplikasi SPBE, dan infrastruktur SPBE.',
      'Konteks pengendalian Manajemen SDM SPBE yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, namun belum pelaksanaannya hanya terhadap sebagian unsur kompetensi sumber daya manusia SPBE.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan kompetensi Sumber Daya Manusia SPBE telah terpenuhi seluruhnya yaitu kompetensi di bidang proses bisnis memerintahan, arsitektur SPBE, data dan informasi, keamanan SPBE, aplikasi SPBE, dan infrastruktur SPBE.',
      'Konteks penerapan Manajemen SDM SPBE yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, dan pelaksanaannya sudah memenuhi seluruh kompetensi sumber daya manusia SPBE.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi, peningkatan dan penilaian kompetensi Sumber Daya Manusia SPBE telah dilakukan. Selain itu, pemenuhan kompetensi Sumber Daya Manusia SPBE telah dilakukan reviu dan evaluasi secara periodik.',
      'Terdapat dokumentasi formal arah kebijakan strategis Manajemen SDM SPBE yang ditetapkan oleh Tim Koordinasi SPBE kepada seluruh unit kerja/perangkat daerah.\nManajemen SDM SPBE, bukti undangan rapat reviu dan evaluasi penerapan Manajemen SDM SPBE; dan/atau\nDokumentasi aktivitas-aktivitas reviu dan evaluasi penerapan Manajemen SDM SPBE.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi telah ditindaklanjuti melalui perbaikan perencanaan dan pemenuhan kompetensi Sumber Daya Manusia SPBE.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut penerapan Manajemen SDM SPBE, bukti undangan rapat pembahasan penyempurnaan penerapan Manajemen SDM SPBE, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan penerapan Manajemen SDM SPBE;\nDokumentasi penerapan Manajemen SDM SPBE yang sebelumnya dan yang berisi penyempurnaan penerapan Manajemen SDM SPBE.',
    ],
  ),
  '26': levels(
    [
      'Manajemen Pengetahuan SPBE belum atau telah diterapkan.\nKondisi: Manajemen Pengetahuan SPBE diterapkan tanpa perencanaan.',
      'Draf/rancangan penerapan Manajemen Pengetahuan, notulensi/catatan penyusunan rancangan penerapan Manajemen Pengetahuan, bukti undangan rapat penyusunan rancangan penerapan Manajemen Pengetahuan, dan/atau dokumentasi aktivitas-aktivitas penyusunan Manajemen Pengetahuan.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan dilaksanakan dengan perencanaan.\nKondisi: Manajemen Pengetahuan SPBE telah dilaksanakan tanpa pedoman di Instansi Pusat/Pemerintah Daerah.',
      'Konteks pengendalian Manajemen Pengetahuan yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, namun belum pelaksanaannya hanya baru terhadap sebagian unit kerja/perangkat daerah.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi, Manajemen Pengetahuan SPBE dilaksanakan dengan mengacu pada pedoman di Instansi Pusat/Pemerintah Daerah dan Manajemen Pengetahuan SPBE diterapkan dengan menggunakan sistem aplikasi manajemen pengetahuan.',
      'Konteks penerapan Manajemen Pengetahuan yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, dan pelaksanaannya sudah terhadap seluruh unit kerja/perangkat daerah.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi, semua unit kerja/perangkat daerah telah menerapkan Manajemen Pengetahuan SPBE dengan menggunakan sistem aplikasi manajemen pengetahuan yang terintegrasi serta telah dilakukan reviu dan evaluasi terhadap penerapan Manajemen Pengetahuan SPBE.',
      'Konteks penerapan Manajemen Pengetahuan yang menguraikan seluruh pemenuhannya sesuai dengan pedoman/standar Manajemen Pengetahuan yang telah ditentukan/ditetapkan dan terdokumentasi secara formal.\nTerdapat dokumentasi formal arah kebijakan strategis Manajemen Pengetahuan yang ditetapkan oleh Tim Koordinasi SPBE kepada seluruh unit kerja/perangkat daerah.\nTerdapat dokumen reviu dan evaluasi penerapan Manajemen Pengetahuan, bukti undangan rapat reviu dan evaluasi penerapan Manajemen Pengetahuan, dan/atau dokumentasi aktivitas-aktivitas reviu dan evaluasi penerapan Manajemen Pengetahuan.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi terhadap penerapan Manajemen Pengetahuan SPBE telah ditindaklanjuti melalui perbaikan Manajemen Pengetahuan SPBE.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut penerapan Manajemen Pengetahuan, bukti undangan rapat pembahasan penyempurnaan penerapan Manajemen Pengetahuan, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan penerapan Manajemen Pengetahuan;\nDokumentasi penerapan Manajemen Pengetahuan yang sebelumnya dan yang berisi penyempurnaan penerapan Manajemen Pengetahuan.',
    ],
  ),
  '27': levels(
    [
      'Kegiatan Manajemen Perubahan SPBE belum atau telah dilaksanakan.\nKondisi: Kegiatan Manajemen Perubahan SPBE dilaksanakan tanpa perencanaan.',
      'Draf/rancangan penerapan Manajemen Perubahan, notulensi/catatan penyusunan rancangan penerapan Manajemen Perubahan, bukti undangan rapat penyusunan rancangan penerapan Manajemen Perubahan, dan/atau dokumentasi aktivitas-aktivitas penyusunan Manajemen Perubahan.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan kegiatan Manajemen Perubahan SPBE dilaksanakan dengan perencanaan.\nKondisi: Kegiatan Manajemen Perubahan SPBE tidak/belum dilaksanakan oleh seluruh unit kerja/perangkat daerah terkait di Instansi Pusat/Pemerintah Daerah dengan caranya masing-masing.',
      'Konteks pengendalian Manajemen Perubahan yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, namun belum pelaksanaannya hanya baru terhadap sebagian unit kerja/perangkat daerah.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan kegiatan Manajemen Perubahan SPBE dilaksanakan oleh seluruh unit kerja/perangkat daerah terkait di Instansi Pusat/Pemerintah Daerah sesuai pedoman Manajemen Perubahan.',
      'Konteks penerapan Manajemen Perubahan yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, dan pelaksanaannya sudah terhadap seluruh unit kerja/perangkat daerah.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan kegiatan Manajemen Perubahan SPBE telah dilakukan reviu dan evaluasi.',
      'Konteks penerapan Manajemen Perubahan yang menguraikan seluruh pemenuhannya sesuai dengan pedoman/standar Manajemen Perubahan yang telah ditentukan/ditetapkan dan terdokumentasi secara formal.\nTerdapat dokumentasi formal arah kebijakan strategis Manajemen Perubahan yang ditetapkan oleh Tim Koordinasi SPBE kepada seluruh unit kerja/perangkat daerah.\nTerdapat dokumen reviu dan evaluasi penerapan Manajemen Perubahan, bukti undangan rapat reviu dan evaluasi penerapan Manajemen Perubahan, dan/atau dokumentasi aktivitas-aktivitas reviu dan evaluasi penerapan Manajemen Perubahan.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi telah ditindaklanjuti melalui perbaikan Manajemen Perubahan SPBE.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut penerapan Manajemen Perubahan, bukti undangan rapat pembahasan penyempurnaan penerapan Manajemen Perubahan, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan penerapan Manajemen Perubahan;\nDokumentasi penerapan Manajemen Perubahan yang sebelumnya dan yang berisi penyempurnaan penerapan Manajemen Perubahan.',
    ],
  ),
  '28': levels(
    [
      'Manajemen Layanan SPBE belum atau telah dilaksanakan.\nKondisi: Manajemen Layanan SPBE dilaksanakan tanpa perencanaan.',
      'Draf/rancangan penerapan Manajemen Layanan SPBE, notulensi/catatan penyusunan rancangan penerapan Manajemen Layanan SPBE, bukti undangan rapat penyusunan rancangan penerapan Manajemen Layanan SPBE, dan/atau dokumentasi aktivitas-aktivitas penyusunan Manajemen Layanan SPBE.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan Manajemen Layanan SPBE dilaksanakan dengan perencanaan.\nKondisi: Manajemen Layanan SPBE tidak/belum dilaksanakan pada seluruh proses Manajemen Layanan SPBE yaitu Pelayanan Pengguna SPBE dan Pengoperasian Layanan SPBE.',
      'Konteks pengendalian Manajemen Layanan SPBE yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, namun belum pelaksanaannya hanya baru terhadap sebagian proses Manajemen Layanan SPBE.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Manajemen Layanan SPBE dilaksanakan pada seluruh proses Manajemen Layanan SPBE yaitu Pelayanan Pengguna SPBE dan Pengoperasian Layanan SPBE.',
      'Konteks penerapan Manajemen Layanan SPBE yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, dan pelaksanaannya sudah terhadap seluruh proses Manajemen Layanan SPBE.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi, Manajemen Layanan SPBE telah diterapkan dengan menggunakan sistem aplikasi manajemen layanan, dan kegiatan Manajemen Layanan SPBE telah dilakukan reviu dan evaluasi.',
      'Konteks penerapan Manajemen Layanan SPBE yang menguraikan seluruh pemenuhannya terhadap semua proses Manajemen Layanan SPBE yang telah ditentukan/ditetapkan dan terdokumentasi secara formal.\nTerdapat dokumentasi formal arah kebijakan strategis Manajemen Layanan SPBE yang ditetapkan oleh Tim Koordinasi SPBE kepada seluruh unit kerja/perangkat daerah didukung oleh penggunaan Sistem Aplikasi Manajemen Layanan.\nTerdapat dokumen reviu dan evaluasi penerapan Manajemen Layanan SPBE, bukti undangan rapat reviu dan evaluasi penerapan Manajemen Layanan SPBE, dan/atau dokumentasi aktivitas-aktivitas reviu dan evaluasi penerapan Manajemen Layanan SPBE.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi serta hasil reviu dan evaluasi telah ditindaklanjuti melalui perbaikan Manajemen Layanan SPBE.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut penerapan Manajemen Layanan SPBE, bukti undangan rapat pembahasan penyempurnaan penerapan Manajemen Layanan SPBE, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan penerapan Manajemen Layanan SPBE;\nDokumentasi penerapan Manajemen Layanan SPBE yang sebelumnya dan yang berisi penyempurnaan penerapan Manajemen Layanan SPBE.',
    ],
  ),
  '29': levels(
    [
      'Kegiatan Audit Infrastruktur SPBE belum atau telah dilaksanakan.\nKondisi: Kegiatan Audit Infrastruktur dilaksanakan tanpa perencanaan yang berkesinambungan.',
      'Draf/rancangan pelaksanaan Audit Infrastruktur SPBE, notulensi/catatan penyusunan rancangan pelaksanaan Audit Infrastruktur SPBE, bukti undangan rapat penyusunan rancangan pelaksanaan Audit Infrastruktur SPBE, dan/atau dokumentasi aktivitas-aktivitas pelaksanaan Audit Infrastruktur SPBE.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan kegiatan Audit Infrastruktur dilaksanakan sesuai dengan perencanaan yang berkesinambungan.\nKondisi: Kegiatan Audit Infrastruktur dilaksanakan tanpa pedoman Audit Infrastruktur.',
      'Konteks pelaksanaan Audit Infrastruktur SPBE yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, namun pelaksanaannya belum memenuhi standar/pedoman dan hanya terhadap sebagian dari hal pokok teknis saja.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan kegiatan Audit Infrastruktur dilaksanakan sesuai dengan pedoman Audit Infrastruktur.\nKondisi: kegiatan Audit Infrastruktur dilaksanakan oleh auditor TIK/Sistem Informasi internal Instansi Pusat/Pemerintah Daerah.',
      'Konteks pelaksanaan Audit Infrastruktur SPBE yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, dan pelaksanaannya sudah terhadap seluruh hal pokok teknis namun dilaksanakan oleh auditor TIK internal.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan kegiatan Audit Infrastruktur dilaksanakan oleh auditor TIK/Sistem Informasi eksternal yang memiliki sertifikasi auditor TIK/Sistem Informasi.',
      'Konteks pelaksanaan Audit Infrastruktur SPBE yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, dan pelaksanaannya sudah terhadap seluruh hal pokok teknis dan sudah dilaksanakan oleh auditor TIK eksternal tersertifikasi.\nTerdapat dokumen reviu dan evaluasi hasil pelaksanaan Audit Infrastruktur SPBE, bukti undangan rapat reviu dan evaluasi hasil pelaksanaan Audit Infrastruktur SPBE, dan/atau dokumentasi aktivitas-aktivitas reviu dan evaluasi hasil pelaksanaan Audit Infrastruktur SPBE.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan hasil audit Infrastruktur SPBE telah ditindaklanjuti melalui perbaikan penerapan Infrastruktur SPBE.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut hasil pelaksanaan Audit Infrastruktur SPBE, bukti undangan rapat pembahasan tindak lanjut hasil pelaksanaan Audit Infrastruktur SPBE, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan dari hasil pelaksanaan Audit Infrastruktur SPBE;\nDokumentasi penerapan infrastruktur SPBE yang sebelumnya dan yang berisi penyempurnaan penerapan Infrastruktur SPBE.',
    ],
  ),
  '30': levels(
    [
      'Kegiatan Audit Aplikasi SPBE belum atau telah dilaksanakan.\nKondisi: Kegiatan Audit Aplikasi dilaksanakan tanpa perencanaan yang berkesinambungan.',
      'Draf/rancangan pelaksanaan Audit Aplikasi, notulensi/catatan penyusunan rancangan pelaksanaan Audit Aplikasi, bukti undangan rapat penyusunan rancangan pelaksanaan Audit Aplikasi, dan/atau dokumentasi aktivitas-aktivitas pelaksanaan Audit Aplikasi.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan kegiatan Audit Aplikasi dilaksanakan sesuai dengan perencanaan yang berkesinambungan.\nKondisi: Kegiatan Audit Aplikasi dilaksanakan tanpa pedoman Audit Aplikasi SPBE.',
      'Konteks pelaksanaan Audit Aplikasi yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, namun pelaksanaannya belum memenuhi standar/pedoman dan hanya terhadap sebagian hal pokok teknis yang disyaratkan.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan kegiatan Audit Aplikasi dilaksanakan sesuai dengan pedoman Audit Aplikasi SPBE.\nKondisi: kegiatan Audit Aplikasi dilaksanakan oleh auditor TIK/Sistem Informasi internal Instansi Pusat/Pemerintah Daerah.',
      'Konteks pelaksanaan Audit Aplikasi yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, dan pelaksanaannya sudah terhadap seluruh hal pokok teknis yang disyaratkan namun baru dilaksanakan oleh auditor TIK internal.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan kegiatan Audit Aplikasi dilaksanakan oleh auditor TIK/Sistem Informasi eksternal yang memiliki sertifikasi auditor TIK/Sistem Informasi.',
      'Konteks pelaksanaan Audit Aplikasi yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, dan pelaksanaannya sudah terhadap seluruh hal pokok teknis yang disyaratkan dan sudah dilaksanakan oleh auditor TIK eksternal tersertifikasi.\nTerdapat dokumen reviu dan evaluasi hasil pelaksanaan Audit Aplikasi, bukti undangan rapat reviu dan evaluasi hasil pelaksanaan Audit Aplikasi, dan/atau dokumentasi aktivitas-aktivitas reviu dan evaluasi hasil pelaksanaan Audit Aplikasi.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan hasil audit Aplikasi SPBE telah ditindaklanjuti melalui perbaikan penerapan Aplikasi SPBE.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut hasil pelaksanaan Audit Aplikasi, bukti undangan rapat pembahasan tindak lanjut hasil pelaksanaan Audit Aplikasi, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan dari hasil pelaksanaan Audit Aplikasi;\nDokumentasi penerapan Aplikasi yang sebelumnya dan yang berisi penyempurnaan penerapan Aplikasi.',
    ],
  ),
  '31': levels(
    [
      'Kegiatan Audit Keamanan SPBE belum atau telah dilaksanakan.\nKondisi: Kegiatan Audit Keamanan dilaksanakan tanpa perencanaan yang berkesinambungan.',
      'Draf/rancangan pelaksanaan Audit Keamanan SPBE, notulensi/catatan penyusunan rancangan pelaksanaan Audit Keamanan SPBE, bukti undangan rapat penyusunan rancangan pelaksanaan Audit Keamanan SPBE dan/atau dokumentasi aktivitas-aktivitas pelaksanaan Audit Keamanan SPBE.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan kegiatan Audit Keamanan dilaksanakan sesuai dengan perencanaan yang berkesinambungan.\nKondisi: Kegiatan Audit Keamanan dilaksanakan tanpa pedoman Audit Keamanan.',
      'Konteks pelaksanaan Audit Keamanan SPBE yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, namun pelaksanaannya belum memenuhi standar/pedoman dan hanya terhadap sebagian hal pokok teknis yang disyaratkan.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan kegiatan Audit Keamanan dilaksanakan sesuai dengan pedoman Audit Keamanan.\nKondisi: kegiatan Audit Keamanan dilaksanakan oleh auditor TIK/Sistem Keamanan Informasi internal Instansi Pusat/Pemerintah Daerah.',
      'Konteks pelaksanaan Audit Keamanan SPBE yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, dan pelaksanaannya sudah terhadap seluruh hal pokok teknis yang disyaratkan pada aplikasi dan/atau infrastruktur yang ada namun dilaksanakan oleh auditor TIK internal.',
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan kegiatan Audit Keamanan dilaksanakan oleh auditor TIK/Sistem Keamanan Informasi eksternal yang memiliki sertifikasi auditor TIK/Sistem Keamanan Informasi.',
      'Konteks pelaksanaan Audit Keamanan SPBE yang selaras dengan arah dan perencanaan programnya dan terdokumentasi secara formal, dan pelaksanaannya sudah terhadap terhadap seluruh hal pokok teknis yang disyaratkan yang ada dan sudah dilaksanakan oleh auditor TIK eksternal tersertifikasi.\nTerdapat dokumen reviu dan evaluasi hasil pelaksanaan Audit Keamanan SPBE, bukti undangan rapat reviu dan evaluasi hasil pelaksanaan Audit Keamanan SPBE, dan/atau dokumentasi aktivitas-aktivitas reviu dan evaluasi hasil pelaksanaan Audit Keamanan SPBE.',
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan hasil audit Keamanan SPBE telah ditindaklanjuti melalui perbaikan penerapan Keamanan SPBE.',
      'Terdapat notulensi/catatan/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut hasil pelaksanaan Audit Keamanan SPBE, bukti undangan rapat pembahasan tindak lanjut hasil pelaksanaan Audit Keamanan SPBE, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan dari hasil pelaksanaan Audit Keamanan SPBE;\nDokumentasi penerapan Keamanan SPBE yang sebelumnya dan yang berisi penyempurnaan penerapan Keamanan SPBE.',
    ],
  ),
  '32': levels(
    [
      'Layanan Perencanan Berbasis Elektronik hanya memberikan layanan informasi terkait perencanaan kegiatan pemerintah.',
      'Dokumentasi yang menggambarkan adanya informasi perencanaan kegiatan Instansi Pusat/Pemerintah Daerah yang ditayangkan oleh sistem aplikasi.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan Layanan Perencanan Berbasis Elektronik memberikan layanan interaksi terkait perencanaan kegiatan pemerintah seperti pencarian informasi, pengunggahan dan pengunduhan dokumen perencanaan.',
      'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi untuk berinteraksi dengan pengguna, seperti adanya fitur upload (unggah) dan/atau download (unduh).',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Layanan Perencanaan Berbasis Elektronik memberikan layanan transaksi kepada pengguna terkait perencanaan kegiatan pemerintah seperti otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan, dan analitik data.',
      EV_TRANSAKSI_32_33,
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan Layanan Perencanaan Berbasis Elektronik memberikan layanan kolaborasi dengan layanan elektronik lain, misalnya layanan penganggaran berbasis elektronik, layanan keuangan berbasis elektronik, layanan pengadaan berbasis elektronik, layanan perencanaan berbasis elektronik Instansi Pusat/Pemerintah Daerah lain, dan/atau layanan SPBE Instansi Pusat/Pemerintah Daerah lain.',
      EV_KOLABORASI,
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan Layanan Perencanaan Berbasis Elektronik telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi terhadap perubahan lingkungan, peraturan perundang-undangan, teknologi atau kebutuhan Instansi Pusat/Pemerintah Daerah.',
      EV_PERBAIKAN,
    ],
  ),
  '33': levels(
    [
      'Layanan Penganggaran Berbasis Elektronik hanya memberikan layanan informasi terkait penganggaran kegiatan pemerintah.',
      'Dokumentasi yang menggambarkan adanya informasi penganggaran kegiatan Instansi Pusat/Pemerintah Daerah yang ditayangkan oleh sistem aplikasi.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan Layanan Penganggaran Berbasis Elektronik memberikan layanan interaksi terkait penganggaran kegiatan pemerintah seperti pencarian informasi, pengunggahan dan pengunduhan dokumen penganggaran.',
      'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi untuk berinteraksi dengan pengguna, seperti adanya fitur pencarian, upload (unggah) dan/atau download (unduh) dokumen penganggaran.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Layanan Penganggaran Berbasis Elektronik memberikan layanan transaksi kepada pengguna terkait penganggaran kegiatan pemerintah seperti otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan, dan analitik data.',
      EV_TRANSAKSI_32_33,
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan Layanan Penganggaran Berbasis Elektronik memberikan layanan kolaborasi dengan layanan elektronik lain, misalnya layanan perencanaan berbasis elektronik, layanan keuangan berbasis elektronik, layanan pengadaan berbasis elektronik, layanan penganggaran berbasis elektronik Instansi Pusat/Pemerintah Daerah lain, dan/atau layanan SPBE Instansi Pusat/Pemerintah Daerah lain.',
      EV_KOLABORASI,
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan Layanan Penganggaran Berbasis Elektronik telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi terhadap perubahan lingkungan, peraturan perundang-undangan, teknologi atau kebutuhan Instansi Pusat/Pemerintah Daerah.',
      EV_PERBAIKAN,
    ],
  ),
  '34': levels(
    [
      'Layanan Keuangan Berbasis Elektronik hanya memberikan layanan informasi terkait keuangan di Instansi Pusat/Pemerintah.',
      'Dokumentasi yang menggambarkan adanya informasi keuangan Instansi Pusat/Pemerintah Daerah yang ditayangkan oleh sistem aplikasi.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan Layanan Keuangan Berbasis Elektronik memberikan layanan interaksi terkait keuangan seperti pencarian informasi, pengunggahan dan pengunduhan dokumen.',
      'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi untuk berinteraksi dengan pengguna, seperti adanya fitur pencarian, upload (unggah) dan/atau download (unduh) dokumen keuangan.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Layanan Keuangan Berbasis Elektronik memberikan layanan transaksi kepada pengguna terkait keuangan seperti otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan, dan analitik data.',
      EV_TRANSAKSI,
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan Layanan Keuangan Berbasis Elektronik memberikan layanan kolaborasi dengan layanan elektronik lain, misalnya Layanan Penganggaran Berbasis Elektronik, Layanan Pengadaan Berbasis Elektronik, Layanan Perencanaan Berbasis Elektronik, Layanan Keuangan Berbasis Elektronik Instansi Pusat/Pemerintah Daerah lain, dan/atau layanan SPBE Instansi Pusat/Pemerintah Daerah lain.',
      EV_KOLABORASI,
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan Layanan Keuangan Berbasis Elektronik telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi terhadap perubahan lingkungan, peraturan perundang-undangan, teknologi atau kebutuhan Instansi Pusat/Pemerintah Daerah.',
      EV_PERBAIKAN,
    ],
  ),
  '35': levels(
    [
      'Layanan Pengadaan Barang dan Jasa Berbasis Elektronik hanya memberikan layanan informasi terkait pengadaan barang dan jasa di Instansi Pusat/Pemerintah.',
      'Dokumentasi yang menggambarkan adanya informasi pengadaan barang dan jasa pada Instansi Pusat/Pemerintah Daerah yang ditayangkan oleh sistem aplikasi.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan Layanan Pengadaan Barang dan Jasa Berbasis Elektronik memberikan layanan interaksi terkait pengadaan barang dan jasa seperti pencarian informasi, pengunggahan dan pengunduhan dokumen.',
      'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi untuk berinteraksi dengan pengguna, seperti adanya fitur pencarian, upload (unggah) dan/atau download (unduh) dokumen pengadaan barang dan jasa.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Layanan Pengadaan Barang dan Jasa Berbasis Elektronik memberikan layanan transaksi kepada pengguna terkait pengadaan barang dan jasa seperti otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan, dan analitik data.',
      EV_TRANSAKSI,
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan Layanan Pengadaan Barang dan Jasa Berbasis Elektronik memberikan layanan kolaborasi dengan layanan elektronik lain, misalnya Layanan Penganggaran Berbasis Elektronik, Layanan Perencanaan Berbasis Elektronik, Layanan Keuangan Berbasis Elektronik, Layanan Pengadaan Barang dan Jasa Berbasis Elektronik Instansi Pusat/Pemerintah Daerah lain, dan/atau layanan SPBE Instansi Pusat/Pemerintah Daerah lain.',
      EV_KOLABORASI,
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan Layanan Pengadaan Barang dan Jasa Berbasis Elektronik telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi terhadap perubahan lingkungan, peraturan perundang-undangan, teknologi atau kebutuhan Instansi Pusat/Pemerintah Daerah.',
      EV_PERBAIKAN,
    ],
  ),
  '36': levels(
    [
      'Layanan Kepegawaian Berbasis Elektronik hanya memberikan layanan informasi terkait kepegawaian.',
      'Dokumentasi yang menggambarkan adanya informasi kepagawaian pada Instansi Pusat/Pemerintah Daerah yang ditayangkan oleh sistem aplikasi.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan Layanan Kepegawaian Berbasis Elektronik memberikan layanan interaksi terkait kepegawaian seperti pencarian informasi, pengunggahan dan pengunduhan dokumen.',
      'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi untuk berinteraksi dengan pengguna, seperti adanya fitur pencarian, upload (unggah) dan/atau download (unduh) dokumen administrasi kepegawaian.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Layanan Kepegawaian Berbasis Elektronik memberikan layanan transaksi kepada pengguna terkait kepegawaian seperti otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan, dan analitik data.',
      EV_TRANSAKSI,
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan Layanan Kepegawaian Berbasis Elektronik memberikan layanan kolaborasi dengan layanan elektronik lain, misalnya Layanan Kinerja Berbasis Elektronik, Layanan Keuangan Berbasis Elektronik, Layanan Kepegawaian Berbasis Elektronik Instansi Pusat/Pemerintah Daerah lain, dan/atau layanan SPBE Instansi Pusat/Pemerintah Daerah lain.',
      EV_KOLABORASI,
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan Layanan Kepegawaian Berbasis Elektronik telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi terhadap perubahan lingkungan, peraturan perundang-undangan, teknologi atau kebutuhan Instansi Pusat/Pemerintah Daerah.',
      EV_PERBAIKAN,
    ],
  ),
  '37': levels(
    [
      'Layanan Kearsipan Dinamis Berbasis Elektronik hanya memberikan layanan informasi terkait kearsipan dinamis.',
      'Dokumentasi yang menggambarkan adanya informasi kearsipan pada Instansi Pusat/Pemerintah Daerah yang ditayangkan oleh sistem aplikasi.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan Layanan Kearsipan Dinamis Berbasis Elektronik memberikan layanan interaksi terkait kearsipan dinamis seperti pencarian informasi, pengunggahan dan pengunduhan dokumen.',
      'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi untuk berinteraksi dengan pengguna, seperti adanya fitur pencarian, upload (unggah) dan/atau download (unduh) dokumen terkait kearsipan.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Layanan Kearsipan Dinamis Berbasis Elektronik memberikan layanan transaksi kepada pengguna terkait kearsipan dinamis seperti otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan, dan analitik data.',
      EV_TRANSAKSI,
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan Layanan Kearsipan Dinamis Berbasis Elektronik memberikan layanan kolaborasi dengan layanan elektronik lain, misalnya Layanan Pengadaan Barang dan Jasa Berbasis Elektronik, Layanan Kepegawaian Berbasis Elektronik, Layanan Kearsipan Dinamis Berbasis Elektronik Instansi Pusat/Pemerintah Daerah lain, dan/atau layanan SPBE Instansi Pusat/Pemerintah Daerah lain.',
      EV_KOLABORASI,
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan Layanan Kearsipan Dinamis Berbasis Elektronik telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi terhadap perubahan lingkungan, peraturan perundang-undangan, teknologi atau kebutuhan Instansi Pusat/Pemerintah Daerah.',
      EV_PERBAIKAN,
    ],
  ),
  '38': levels(
    [
      'Layanan Pengelolaan Barang Milik Negara/Daerah Berbasis Elektronik hanya memberikan layanan informasi terkait pengelolaan barang milik negara.',
      'Dokumentasi yang menggambarkan adanya informasi barang milik Negara/Daerah pada Instansi Pusat/Pemerintah Daerah yang ditayangkan oleh sistem aplikasi.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan Layanan Pengelolaan Barang Milik Negara/Daerah Berbasis Elektronik memberikan layanan interaksi terkait pengelolaan barang milik negara/daerah seperti pencarian informasi, pengunggahan dan pengunduhan dokumen.',
      'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi untuk berinteraksi dengan pengguna, seperti adanya fitur pencarian, upload (unggah) dan/atau download (unduh) dokumen inventarisasi barang miliki Negara/Daerah.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Layanan Pengelolaan Barang Milik Negara/Daerah Berbasis Elektronik memberikan layanan transaksi kepada pengguna terkait pengelolaan barang milik negara/daerah seperti otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan, dan analitik data.',
      EV_TRANSAKSI,
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan Layanan Pengelolaan Barang Milik Negara/Daerah Berbasis Elektronik memberikan layanan kolaborasi dengan layanan elektronik lain, misalnya Layanan Penganggaran Berbasis Elektronik, Layanan Pengadaan Barang dan Jasa Berbasis Elektronik, Layanan Keuangan Berbasis Elektronik, Layanan Pengelolaan Barang Milik Negara/Daerah Berbasis Elektronik Instansi Pusat/Pemerintah Daerah lain, dan/atau layanan SPBE Instansi Pusat/Pemerintah Daerah lain.',
      EV_KOLABORASI,
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan Layanan Pengelolaan Barang Milik Negara/Daerah Berbasis Elektronik telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi terhadap perubahan lingkungan, peraturan perundang-undangan, teknologi atau kebutuhan Instansi Pusat/Pemerintah Daerah.',
      EV_PERBAIKAN,
    ],
  ),
  '39': levels(
    [
      'Layanan Pengawasan Internal Pemerintah Berbasis Elektronik hanya memberikan layanan informasi terkait pengawasan internal pemerintah.',
      'Dokumentasi yang menggambarkan adanya informasi pengawasan internal pada Instansi Pusat/Pemerintah Daerah yang ditayangkan oleh sistem aplikasi.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan Layanan Pengawasan Internal Pemerintah Berbasis Elektronik memberikan layanan interaksi terkait pengawasan internal pemerintah seperti pencarian informasi, pengunggahan dan pengunduhan dokumen.',
      'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi untuk berinteraksi dengan pengguna, seperti adanya fitur pencarian, upload (unggah) dan/atau download (unduh) pelaporan pada layanan pengawasan internal.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Layanan Pengawasan Internal Pemerintah Berbasis Elektronik memberikan layanan transaksi kepada pengguna terkait pengawasan internal pemerintah seperti otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan, dan analitik data.',
      EV_TRANSAKSI,
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan Layanan Pengawasan Internal Pemerintah Berbasis Elektronik memberikan layanan kolaborasi dengan layanan elektronik lain, misalnya Layanan Kepegawaian Berbasis Elektronik, Layanan Akuntabilitas Kinerja Berbasis Elektronik, Layanan Pengawasan Internal Pemerintah Berbasis Elektronik Instansi Pusat/Pemerintah Daerah lain, dan/atau layanan SPBE Instansi Pusat/Pemerintah Daerah lain.',
      EV_KOLABORASI,
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan Layanan Pengawasan Internal Berbasis Elektronik telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi terhadap perubahan lingkungan, peraturan perundang-undangan, teknologi atau kebutuhan Instansi Pusat/Pemerintah Daerah.',
      EV_PERBAIKAN,
    ],
  ),
  '40': levels(
    [
      'Layanan Akuntabilitas Kinerja Instansi Pusat/Pemerintah Daerah Berbasis Elektronik hanya memberikan layanan informasi terkait akuntabilitas kinerja Instansi Pusat/Pemerintah Daerah.',
      'Dokumentasi yang menggambarkan adanya informasi akuntabilitas kinerja pada Instansi Pusat/Pemerintah Daerah yang ditayangkan oleh sistem aplikasi.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan Layanan Akuntabilitas Kinerja Instansi Pusat/Pemerintah Daerah Berbasis Elektronik memberikan layanan interaksi terkait akuntabilitas kinerja Instansi Pusat/Pemerintah Daerah seperti pencarian informasi, pengunggahan dan pengunduhan dokumen.',
      'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi untuk berinteraksi dengan pengguna, seperti adanya fitur pencarian, upload (unggah) dan/atau download (unduh) pelaporan pada layanan akuntabilitas kinerja organisasi.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Layanan Akuntabilitas Kinerja Instansi Pusat/Pemerintah Daerah Berbasis Elektronik memberikan layanan transaksi kepada pengguna terkait akuntabilitas kinerja Instansi Pusat/Pemerintah Daerah seperti otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan, dan analitik data.',
      EV_TRANSAKSI,
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan Layanan Akuntabilitas Kinerja Instansi Pusat/Pemerintah Daerah Berbasis Elektronik memberikan layanan kolaborasi dengan layanan elektronik lain, misalnya Layanan Penganggaran Berbasis Elektronik, Layanan Pengadaan Berbasis Elektronik, Layanan Perencanaan Berbasis Elektronik, Layanan Keuangan Berbasis Elektronik, Layanan Akuntabilitas Kinerja Instansi Pusat/Pemerintah Daerah Berbasis Elektronik Instansi Pusat/Pemerintah Daerah lain, dan/atau layanan SPBE Instansi Pusat/Pemerintah Daerah lain.',
      EV_KOLABORASI,
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan Layanan Akuntabilitas Kinerja Instansi Pusat/Pemerintah Daerah Berbasis Elektronik telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi terhadap perubahan lingkungan, peraturan perundang-undangan, teknologi atau kebutuhan Instansi Pusat/Pemerintah Daerah.',
      EV_PERBAIKAN,
    ],
  ),
  '41': levels(
    [
      'Layanan Kinerja Pegawai Berbasis Elektronik hanya memberikan layanan informasi terkait kinerja pegawai.',
      'Dokumentasi yang menggambarkan adanya informasi kinerja pegawai pada Instansi Pusat/Pemerintah Daerah yang ditayangkan oleh sistem aplikasi.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan Layanan Kinerja Pegawai Berbasis Elektronik memberikan layanan interaksi terkait kinerja pegawai seperti pencarian informasi, pengunggahan dan pengunduhan dokumen.',
      'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi untuk berinteraksi dengan pengguna, seperti adanya fitur pencarian, upload (unggah) dan/atau download (unduh) pelaporan pada layanan kinerja pegawai.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Layanan Kinerja Pegawai Berbasis Elektronik memberikan layanan transaksi kepada pengguna terkait kinerja pegawai seperti otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan, dan analitik data.',
      EV_TRANSAKSI,
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan Layanan Kinerja Pegawai Berbasis Elektronik memberikan layanan kolaborasi dengan layanan elektronik lain, misalnya Layanan Perencanaan Berbasis Elektronik, Layanan Akuntabilitas Berbasis Elektronik, Layanan Kinerja Pegawai Berbasis Elektronik Instansi Pusat/Pemerintah Daerah lain, dan/atau layanan SPBE Instansi Pusat/Pemerintah Daerah lain.',
      EV_KOLABORASI,
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan Layanan Kinerja Pegawai Berbasis Elektronik telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi terhadap perubahan lingkungan, peraturan perundang-undangan, teknologi atau kebutuhan Instansi Pusat/Pemerintah Daerah.',
      EV_PERBAIKAN,
    ],
  ),
  '42': levels(
    [
      'Layanan Pengaduan Pelayanan Publik Berbasis Elektronik hanya memberikan layanan informasi terkait pengaduan pelayanan publik.',
      'Dokumentasi yang menggambarkan adanya informasi pengaduan pelayanan publik pada Instansi Pusat/Pemerintah Daerah yang ditayangkan oleh sistem aplikasi.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan Layanan Pengaduan Pelayanan Publik Berbasis Elektronik memberikan layanan interaksi terkait pengaduan pelayanan publik seperti pencarian informasi, pengunggahan dan pengunduhan dokumen.',
      'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi untuk berinteraksi dengan pengguna, seperti adanya fitur pencarian, upload (unggah) dan/atau download (unduh) pelaporan pada layanan pengaduan publik.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Layanan Pengaduan Pelayanan Publik Berbasis Elektronik memberikan layanan transaksi kepada pengguna terkait pengaduan pelayanan publik seperti otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan, dan analitik data.',
      EV_TRANSAKSI,
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan Layanan Pengaduan Pelayanan Publik Berbasis Elektronik memberikan layanan kolaborasi dengan layanan elektronik lain, misalnya Layanan Kepegawaian Berbasis Elektronik, Layanan Pengaduan Pelayanan Publik Berbasis Elektronik Instansi Pusat/Pemerintah Daerah lain, dan/atau layanan SPBE Instansi Pusat/Pemerintah Daerah lain.',
      EV_KOLABORASI,
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan Layanan Pengaduan Pelayanan Publik Berbasis Elektronik telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi terhadap perubahan lingkungan, peraturan perundang-undangan, teknologi atau kebutuhan Instansi Pusat/Pemerintah Daerah.',
      EV_PERBAIKAN,
    ],
  ),
  '43': levels(
    [
      'Layanan Data Terbuka Berbasis Elektronik hanya memberikan layanan informasi terkait data terbuka.',
      'Dokumentasi yang menggambarkan adanya informasi data terbuka pada Instansi Pusat/Pemerintah Daerah yang ditayangkan oleh sistem aplikasi.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan Layanan Data Terbuka Berbasis Elektronik memberikan layanan interaksi terkait data terbuka seperti pencarian informasi, pengunggahan dan pengunduhan dokumen.',
      'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi untuk berinteraksi dengan pengguna, seperti adanya fitur pencarian, upload (unggah) dan/atau download (unduh) data terbuka.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Layanan Data Terbuka Berbasis Elektronik memberikan layanan transaksi kepada pengguna terkait data terbuka seperti otomasi pertukaran data, otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan, dan analitik data.',
      EV_TRANSAKSI,
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan Layanan Data Terbuka Berbasis Elektronik memberikan layanan kolaborasi dengan layanan elektronik lain, misalnya Layanan Data Terbuka Berbasis Elektronik Instansi Pusat/Pemerintah Daerah lain, dan/atau layanan SPBE Instansi Pusat/Pemerintah Daerah lain.',
      EV_KOLABORASI,
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan Layanan Data Terbuka Berbasis Elektronik telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi terhadap perubahan lingkungan, peraturan perundang-undangan, teknologi atau kebutuhan Instansi Pusat/Pemerintah Daerah.',
      EV_PERBAIKAN,
    ],
  ),
  '44': levels(
    [
      'Layanan Jaringan Dokumentasi dan Informasi Hukum Berbasis Elektronik hanya memberikan layanan informasi terkait jaringan dokumentasi dan informasi hukum.',
      'Dokumentasi yang menggambarkan adanya informasi produk hukum pada Instansi Pusat/Pemerintah Daerah yang ditayangkan oleh sistem aplikasi.',
    ],
    [
      'Kriteria tingkat 1 telah terpenuhi dan Layanan Jaringan Dokumentasi dan Informasi Hukum Berbasis Elektronik memberikan layanan interaksi terkait jaringan dokumentasi dan informasi hukum seperti pencarian informasi, pengunggahan dan pengunduhan dokumen.',
      'Dokumentasi yang menggambarkan adanya fungsi yang disajikan oleh sistem aplikasi untuk berinteraksi dengan pengguna, seperti adanya fitur pencarian, upload (unggah) dan/atau download (unduh) produk hukum.',
    ],
    [
      'Kriteria tingkat 2 telah terpenuhi dan Layanan Jaringan Dokumentasi dan Informasi Hukum Berbasis Elektronik memberikan layanan transaksi kepada pengguna terkait jaringan dokumentasi dan informasi hukum seperti otomasi alur kerja, transaksi basis data, validasi data, mekanisme persetujuan, dan analitik data.',
      EV_TRANSAKSI,
    ],
    [
      'Kriteria tingkat 3 telah terpenuhi dan Layanan Jaringan Dokumentasi dan Informasi Hukum Berbasis Elektronik memberikan layanan kolaborasi dengan layanan elektronik lain, misalnya Layanan Jaringan Dokumentasi dan Informasi Hukum Berbasis Elektronik Instansi Pusat/Pemerintah Daerah lain, dan/atau layanan SPBE Instansi Pusat/Pemerintah Daerah lain.',
      EV_KOLABORASI,
    ],
    [
      'Kriteria tingkat 4 telah terpenuhi dan Layanan Jaringan Dokumentasi dan Informasi Hukum Berbasis Elektronik telah dilakukan perbaikan berdasarkan hasil reviu dan evaluasi terhadap perubahan lingkungan, peraturan perundang-undangan, teknologi atau kebutuhan Instansi Pusat/Pemerintah Daerah.',
      EV_PERBAIKAN,
    ],
  ),
  '45': sektoral(EV_PERBAIKAN),
  '46': sektoral(EV_PERBAIKAN),
  '47': sektoral(
    'Dokumentasi yang menggambarkan fungsi yang disajikan oleh sistem telah dikembangkan layanannya. Terdapat notulensi/catatan/telaah/laporan hasil reviu/evaluasi dan rekomendasi tindak lanjut pengembangan layanan SPBE, bukti undangan rapat pembahasan penyempurnaan Layanan SPBE, dan/atau dokumentasi aktivitas-aktivitas analisis komparasi atau penyempurnaan Layanan SPBE.',
  ),
};
