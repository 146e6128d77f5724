/**
 * The keys of the LenteraPengaturan sheet: what each sets, its default, the Keterangan
 * written next to it (so the sheet explains itself) and how its value is written. How a
 * Nilai cell is read is in ./read-keys, which needs the date readers of ../tables; keeping it
 * apart lets ../tables seed these rows without an import cycle.
 */
import { sheetText } from '../../text/sheet-safe';
import { DEFAULT_DAILY_CONFIG } from '../config';
import { DEFAULT_ESCALATE_AFTER } from '../reminders';

/** Everything LenteraPengaturan sets, one field per key. */
export interface DailyRules {
  readonly subjectTag: string;
  /** 'HH:MM'. */
  readonly cutoff: string;
  readonly priorities: readonly string[];
  /** Missing reporting days in a row before the coordinator is told (reminders ladder). */
  readonly escalateAfter: number;
  /** First day reports are required, 'YYYY-MM-DD'; null = the earliest report in the log. */
  readonly since: string | null;
  /** 'HH:MM' the coordinator's digest goes out; null = at the cutoff. */
  readonly digestTime: string | null;
  readonly archiveAttachments: boolean;
  /** Drive folder path, outermost first. */
  readonly archiveFolders: readonly string[];
}

export const DEFAULT_DAILY_RULES: DailyRules = {
  subjectTag: DEFAULT_DAILY_CONFIG.subjectTag,
  cutoff: DEFAULT_DAILY_CONFIG.cutoff,
  priorities: DEFAULT_DAILY_CONFIG.priorities,
  escalateAfter: DEFAULT_ESCALATE_AFTER,
  since: null,
  digestTime: null,
  // Attachments can be large and personal: archiving them is the admin's decision.
  archiveAttachments: false,
  archiveFolders: ['SPBE Workspace', 'LENTERA', 'Lampiran'],
};

/** The highest Eskalasi Setelah: past a month of silence, telling the coordinator is moot. */
export const MAX_ESCALATE_AFTER = 20;

export interface DailyKey<T> {
  /** As written in the Kunci column. */
  readonly key: string;
  readonly description: string;
  /** `value` as the admin writes it in Nilai. */
  show(value: T): string | number;
}

export type DailyRuleKeys = { readonly [F in keyof DailyRules]: DailyKey<DailyRules[F]> };

/** In the order of the sheet. */
export const DAILY_RULE_KEYS: DailyRuleKeys = {
  subjectTag: {
    key: 'Penanda Subjek',
    description:
      'Tulisan dalam kurung siku di awal subjek laporan harian, mis. [LAPORAN HARIAN] Dinas Kesehatan — 21 Desember 2026. Kotak masuk koordinator dicari dengan tulisan ini; jangan memakai tanda [ ] atau ".',
    show: (tag) => tag,
  },
  cutoff: {
    key: 'Batas Waktu',
    description:
      'Jam (WIB) batas laporan hari itu dianggap tepat waktu, ditulis jam:menit, mis. 16:00. Laporan sesudahnya dicatat terlambat, dan pengingat dikirim sesudah jam ini.',
    show: (time) => time ?? '',
  },
  priorities: {
    key: 'Prioritas',
    description:
      'Pilihan prioritas laporan, dipisah koma, mis. Tinggi, Sedang, Rendah. Pengirim memilih tepat satu.',
    show: (list) => list.join(', '),
  },
  escalateAfter: {
    key: 'Eskalasi Setelah',
    description: `Jumlah hari lapor berturut-turut tanpa laporan sebelum Koordinator Email Daily diberi tahu (bilangan bulat 1–${MAX_ESCALATE_AFTER}). Hari pertama pengingat dikirim ke unit, hari berikutnya ke kepala unit; lebih dari jumlah ini, ke koordinator.`,
    show: (days) => days,
  },
  since: {
    key: 'Mulai Berlaku',
    description:
      'Hari pertama laporan harian wajib dan dicatat lengkap, mis. 04/01/2027. Hari sebelumnya tidak diingatkan dan tidak dihitung dalam kepatuhan. Kosongkan agar dipakai tanggal laporan paling awal di LaporanHarian.',
    show: (date) => date ?? '',
  },
  digestTime: {
    key: 'Jam Ringkasan',
    description:
      'Jam (WIB) ringkasan harian dikirim kepada Koordinator Email Daily pada hari kerja, jam:menit, mis. 16:30; terkirim pada pemeriksaan tiap jam pertama sesudahnya. Kosongkan agar dikirim segera setelah Batas Waktu.',
    show: (time) => time ?? '',
  },
  archiveAttachments: {
    key: 'Arsipkan Lampiran',
    description:
      'Ya = lampiran laporan harian disimpan ke Google Drive, di Folder Arsip; Tidak = tidak disimpan.',
    show: (archive) => (archive ? 'Ya' : 'Tidak'),
  },
  archiveFolders: {
    key: 'Folder Arsip',
    description:
      'Folder Google Drive tempat lampiran diarsipkan, bertingkat dengan tanda /, mis. SPBE Workspace/LENTERA/Lampiran.',
    show: (folders) => folders.join('/'),
  },
};

export type DailyRuleField = keyof DailyRules;

export const DAILY_RULE_FIELDS = Object.keys(DAILY_RULE_KEYS) as DailyRuleField[];

/** The Nilai of `field` in `rules`, as the admin writes it. */
export function shownRule(rules: DailyRules, field: DailyRuleField): string | number {
  const key = DAILY_RULE_KEYS[field] as DailyKey<DailyRules[DailyRuleField]>;
  return key.show(rules[field]);
}

/**
 * The LenteraPengaturan rows for `rules` (Kunci, Nilai, Keterangan). Text goes in literally:
 * Sheets would otherwise turn "16:00" into a time and a date into a date cell.
 */
export const dailyRuleRows = (rules: DailyRules): (string | number)[][] =>
  DAILY_RULE_FIELDS.map((field) => {
    const value = shownRule(rules, field);
    const key = DAILY_RULE_KEYS[field];
    return [key.key, typeof value === 'string' ? sheetText(value) : value, key.description];
  });
