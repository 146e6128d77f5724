/**
 * The rules of LENTERA Email Daily (seed 000) as data: which sections a daily report has,
 * which priorities exist, which units report, the subject tag and the daily cutoff. The
 * compose template, the report parser, the pre-send checklist and the lateness rule all read
 * the same object, so changing a section name here changes all four together.
 */
import { tzOffset } from '@date-fns/tz';
import { DEFAULT_TIME_ZONE } from '../time/format';
import { foldName } from './parse/normalize';
import { unitKeys } from './parse/units';

export interface DailySection {
  readonly name: string;
  readonly required: boolean;
  /** Other headings people write for the same section ("Hambatan" for "Kendala"). */
  readonly aliases?: readonly string[];
}

export interface DailyUnit {
  /** The Kode column of the Unit table. */
  readonly code: string;
  /** Canonical name, as stored in every report row. */
  readonly name: string;
  /** Other names written in subjects ("Diskominfo" for "Dinas Kominfo"). */
  readonly aliases: readonly string[];
  /** The unit head, who must be in CC of the report (pre-send checklist). */
  readonly headEmail?: string;
  /** Staff addresses: they identify the unit when a subject does not name it. */
  readonly members?: readonly string[];
}

export interface DailyConfig {
  readonly sections: readonly DailySection[];
  readonly priorities: readonly string[];
  readonly units: readonly DailyUnit[];
  readonly subjectTag: string;
  /** 'HH:MM' on the zone's clock: the report for day D is on time until D at this time. */
  readonly cutoff: string;
  readonly timeZone: string;
}

export const DEFAULT_DAILY_CONFIG: DailyConfig = {
  sections: [
    {
      name: 'Ringkasan',
      required: true,
      aliases: ['Ringkasan Harian', 'Ringkasan Kegiatan', 'Ringkasan Laporan', 'Summary'],
    },
    {
      name: 'Capaian',
      required: false,
      aliases: ['Capaian Kegiatan', 'Capaian Hari Ini', 'Hasil', 'Hasil Kegiatan', 'Progres'],
    },
    {
      name: 'Kendala',
      required: false,
      aliases: ['Hambatan', 'Kendala/Hambatan', 'Kendala dan Hambatan', 'Permasalahan', 'Masalah'],
    },
    {
      name: 'Rencana Besok',
      required: false,
      aliases: [
        'Rencana',
        'Rencana Kerja',
        'Rencana Kerja Besok',
        'Rencana Kegiatan Besok',
        'Rencana Tindak Lanjut',
        'Tindak Lanjut',
      ],
    },
    {
      name: 'Lampiran',
      required: false,
      aliases: ['Lampiran Penting', 'Dokumen Pendukung', 'Attachment', 'Attachments'],
    },
  ],
  priorities: ['Tinggi', 'Sedang', 'Rendah'],
  // Units come from the Unit table of the data spreadsheet; there is no sensible default.
  units: [],
  subjectTag: 'LAPORAN HARIAN',
  cutoff: '16:00',
  timeZone: DEFAULT_TIME_ZONE,
};

const CUTOFF = /^(\d{1,2})[:.](\d{2})$/;

/** Minutes after midnight of a cutoff such as '16:00' or '16.00'; null when invalid. */
export function cutoffMinutes(cutoff: string): number | null {
  const match = CUTOFF.exec(cutoff.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/**
 * What an admin must fix before the parser can be trusted with this configuration, in
 * Indonesian; empty when it is usable. The parser itself never fails on a bad config, but
 * two units sharing an alias would silently send one unit's reports to the other.
 */
export function checkDailyConfig(config: DailyConfig): string[] {
  const problems: string[] = [];
  if (config.sections.length === 0) problems.push('Daftar bagian laporan masih kosong.');
  const headings = new Map<string, string>();
  for (const section of config.sections) {
    for (const heading of [section.name, ...(section.aliases ?? [])]) {
      const key = foldName(heading);
      if (key === '') {
        problems.push(`Judul bagian "${heading}" tidak memuat huruf atau angka.`);
        continue;
      }
      const owner = headings.get(key);
      if (owner !== undefined && owner !== section.name) {
        problems.push(`Judul "${heading}" dipakai oleh bagian ${owner} dan ${section.name}.`);
      }
      headings.set(key, section.name);
    }
  }
  if (config.priorities.length === 0) problems.push('Daftar prioritas masih kosong.');
  const priorities = new Set<string>();
  for (const priority of config.priorities) {
    const key = foldName(priority);
    if (key === '' || priorities.has(key)) {
      problems.push(`Prioritas "${priority}" kosong atau tercantum dua kali.`);
    }
    priorities.add(key);
  }
  if (foldName(config.subjectTag) === '') {
    problems.push('Penanda subjek laporan harian (mis. LAPORAN HARIAN) masih kosong.');
  }
  if (cutoffMinutes(config.cutoff) === null) {
    problems.push(`Batas waktu "${config.cutoff}" tidak valid; tulis jam:menit, mis. 16:00.`);
  }
  if (!Number.isFinite(tzOffset(config.timeZone, new Date(0)))) {
    problems.push(`Zona waktu "${config.timeZone}" tidak dikenal; isi misalnya Asia/Jakarta.`);
  }
  const names = new Map<string, string>();
  for (const unit of config.units) {
    if (unit.code.trim() === '') problems.push(`Unit "${unit.name}" belum punya kode.`);
    if (unit.headEmail !== undefined && !unit.headEmail.includes('@')) {
      problems.push(`Email kepala unit ${unit.name} "${unit.headEmail}" tidak valid.`);
    }
    for (const written of [unit.name, unit.code, ...unit.aliases]) {
      // The parser's own keys: "Dinas Kominfo" and "Diskominfo" collide there too.
      for (const key of unitKeys(written)) {
        const owner = names.get(key);
        if (owner !== undefined && owner !== unit.name) {
          problems.push(`Nama/alias "${written}" dipakai oleh unit ${owner} dan ${unit.name}.`);
          break;
        }
        names.set(key, unit.name);
      }
    }
  }
  return problems;
}
