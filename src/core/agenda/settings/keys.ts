/**
 * The keys of the AgendaPengaturan sheet. Each knows how to read its Nilai cell, how to write
 * its value back, and the Keterangan written next to it, so the sheet explains itself.
 */

import {
  cellText,
  isBlankCell,
  isEmail,
  readCount,
  readDecimal,
  shown,
  splitList,
} from '../../data/cells';
import {
  type AgendaConventions,
  type BlockMode,
  type MetadataField,
  SLA_STAGES,
  type SlaStage,
} from '../conventions';
import type { AgendaStatus } from '../status';
import { METADATA_CHOICES_TEXT, METADATA_WORDS, readMetadataField, wordKey } from './labels';
import { templateProblem } from './template';

export type KeyValues = Pick<
  AgendaConventions,
  | 'titleFormat'
  | 'locationFormat'
  | 'requiredByStage'
  | 'slaHours'
  | 'escalation'
  | 'holidayBlock'
  | 'fridayPrayerBlock'
  | 'checklistFlagHour'
>;

export type Draft = { -readonly [K in keyof KeyValues]: KeyValues[K] };

type Reading = { readonly apply: (draft: Draft) => void } | { readonly problem: string };

export interface SettingKey {
  /** As written in the Kunci column. */
  readonly key: string;
  /** The Keterangan written next to it (Indonesian). */
  readonly description: string;
  read(cell: unknown): Reading;
  /** The Nilai cell for `values`. */
  write(values: KeyValues): string | number;
}

export const TITLE_PLACEHOLDERS = ['jenis', 'kegiatan', 'penyelenggara'] as const;
export const LOCATION_PLACEHOLDERS = ['tempat', 'desa', 'kecamatan'] as const;

/** Statuses a `wajib.*` key may name. Leaving (DITOLAK, DIBATALKAN) must never be blocked. */
export const REQUIRABLE_STATUSES = [
  'DIVERIFIKASI',
  'DIJADWALKAN',
  'DIKONFIRMASI',
  'DIPUBLIKASIKAN',
  'DIWAKILKAN',
  'DITUNDA',
] as const satisfies readonly AgendaStatus[];

const BLOCK_MODES: readonly BlockMode[] = ['keras', 'lunak', 'abaikan'];

function textKey(
  key: string,
  description: string,
  field: 'titleFormat' | 'locationFormat',
  check: (text: string) => string | null,
): SettingKey {
  return {
    key,
    description,
    read(cell) {
      const text = cellText(cell);
      if (text === null || text === '') return { problem: 'format wajib diisi' };
      const problem = check(text);
      return problem === null ? { apply: (d) => (d[field] = text) } : { problem };
    },
    write: (v) => v[field],
  };
}

const STAGE_PHRASES: Record<SlaStage, string> = {
  DIAJUKAN: 'DIAJUKAN menunggu diverifikasi',
  DIVERIFIKASI: 'DIVERIFIKASI menunggu dijadwalkan',
  DIJADWALKAN: 'DIJADWALKAN menunggu konfirmasi pimpinan atau ajudan',
  DIKONFIRMASI: 'DIKONFIRMASI menunggu dipublikasikan',
};

const NO_SLA = new Set(['', '-', 'tidakada', 'tanpa', 'tanpabatas']);

function slaKey(stage: SlaStage): SettingKey {
  return {
    key: `sla.${stage}`,
    description: `Batas waktu dalam jam kerja agenda berstatus ${STAGE_PHRASES[stage]}; lewat dari itu dilaporkan ke eskalasi. Boleh desimal (1,5). Kosongkan bila tanpa batas.`,
    read(cell) {
      const text = cellText(cell);
      if (text !== null && NO_SLA.has(wordKey(text))) {
        return { apply: (d) => (d.slaHours = withoutKey(d.slaHours, stage)) };
      }
      const hours = readDecimal(cell);
      if (hours === null || hours <= 0) {
        return { problem: `isi jumlah jam kerja lebih dari 0, bukan "${shown(cell)}"` };
      }
      return { apply: (d) => (d.slaHours = { ...d.slaHours, [stage]: hours }) };
    },
    write: (v) => v.slaHours[stage] ?? '',
  };
}

function requiredKey(status: (typeof REQUIRABLE_STATUSES)[number]): SettingKey {
  return {
    key: `wajib.${status}`,
    description: `Data yang harus lengkap sebelum agenda masuk status ${status}, dipisah koma: ${METADATA_CHOICES_TEXT}. Kosongkan bila tidak ada.`,
    read(cell) {
      const text = cellText(cell);
      if (text === null) return { problem: `isi daftar data, bukan "${shown(cell)}"` };
      const fields: MetadataField[] = [];
      for (const word of splitList(text, /[,;\n]+/)) {
        const field = readMetadataField(word);
        if (field === null) {
          return { problem: `"${word}" tidak dikenal; pilih dari: ${METADATA_CHOICES_TEXT}` };
        }
        if (!fields.includes(field)) fields.push(field);
      }
      return {
        apply: (d) =>
          (d.requiredByStage =
            fields.length === 0
              ? withoutKey(d.requiredByStage, status)
              : { ...d.requiredByStage, [status]: fields }),
      };
    },
    write: (v) => (v.requiredByStage[status] ?? []).map((f) => METADATA_WORDS[f]).join(', '),
  };
}

function blockKey(
  key: string,
  description: string,
  field: 'holidayBlock' | 'fridayPrayerBlock',
): SettingKey {
  return {
    key,
    description,
    read(cell) {
      const text = (cellText(cell) ?? '').toLowerCase();
      const mode = BLOCK_MODES.find((m) => m === text);
      return mode === undefined
        ? { problem: `isi "keras", "lunak", atau "abaikan", bukan "${shown(cell)}"` }
        : { apply: (d) => (d[field] = mode) };
    },
    write: (v) => v[field],
  };
}

function withoutKey<K extends string, V>(
  record: Readonly<Partial<Record<K, V>>>,
  key: K,
): Partial<Record<K, V>> {
  const { [key]: _dropped, ...rest } = record;
  return rest as Partial<Record<K, V>>;
}

export const SETTING_KEYS: readonly SettingKey[] = [
  textKey(
    'format.judul',
    'Format judul acara di kalender bersama: {jenis} = kode jenis kegiatan, {kegiatan} = nama kegiatan, {penyelenggara} = unit penyelenggara. {kegiatan} wajib ada, tiap isian sekali, dengan pemisah di antaranya (misalnya " — ") agar judul yang diubah langsung di Google Calendar dapat dibaca kembali.',
    'titleFormat',
    (text) =>
      templateProblem(text, { names: TITLE_PLACEHOLDERS, required: ['kegiatan'], parseable: true }),
  ),
  textKey(
    'format.lokasi',
    'Format lokasi acara di kalender: {tempat}, {desa}, {kecamatan}. Isian yang kosong dilewati beserta pemisahnya.',
    'locationFormat',
    (text) =>
      templateProblem(text, {
        names: LOCATION_PLACEHOLDERS,
        required: ['tempat'],
        parseable: false,
      }),
  ),
  ...SLA_STAGES.map(slaKey),
  ...REQUIRABLE_STATUSES.map(requiredKey),
  {
    key: 'eskalasi',
    description:
      'Email yang diberi tahu bila SLA terlampaui atau jadwal bentrok, selain Koordinator Protokol; beberapa email dipisah koma. Kosongkan bila cukup Koordinator Protokol.',
    read(cell) {
      const text = cellText(cell);
      if (text === null) return { problem: `isi alamat email, bukan "${shown(cell)}"` };
      const emails: string[] = [];
      for (const word of splitList(text.toLowerCase(), /[\s,;]+/)) {
        if (!isEmail(word)) return { problem: `"${word}" bukan alamat email yang valid` };
        if (!emails.includes(word)) emails.push(word);
      }
      return { apply: (d) => (d.escalation = emails) };
    },
    write: (v) => v.escalation.join(', '),
  },
  blockKey(
    'blok.hari_libur',
    'Agenda pada hari libur (sheet HariLibur): keras = tidak dapat dijadwalkan, lunak = boleh dengan peringatan, abaikan = tidak diperiksa.',
    'holidayBlock',
  ),
  blockKey(
    'blok.salat_jumat',
    'Agenda pimpinan yang Salat Jumat = Ya pada waktu salat Jumat (jam kantor): keras = tidak dapat dijadwalkan, lunak = boleh dengan peringatan, abaikan = tidak diperiksa.',
    'fridayPrayerBlock',
  ),
  {
    key: 'ceklis.jam',
    description:
      'Jam (WIB, 0–23) pada hari kerja sebelum acara ketika butir ceklis yang belum selesai ditandai dan diingatkan.',
    read(cell) {
      // "14.00" and "14:00" are how a time is usually written; minutes other than 00 are not.
      const text = typeof cell === 'string' ? cell.trim().replace(/[.:]00$/, '') : cell;
      const hour = isBlankCell(text) ? null : readCount(text);
      return hour === null || hour > 23
        ? { problem: `isi jam bulat 0–23, misalnya 14, bukan "${shown(cell)}"` }
        : { apply: (d) => (d.checklistFlagHour = hour) };
    },
    write: (v) => v.checklistFlagHour,
  },
];

/** The key a Kunci cell names, matched ignoring case, spacing and punctuation. */
export function findSettingKey(text: string): SettingKey | undefined {
  const wanted = wordKey(text);
  return SETTING_KEYS.find((k) => wordKey(k.key) === wanted);
}

/** For the message on an unknown key. */
export const SETTING_KEYS_TEXT = [
  'format.judul',
  'format.lokasi',
  `sla.<${SLA_STAGES.join('|')}>`,
  `wajib.<${REQUIRABLE_STATUSES.join('|')}>`,
  'eskalasi',
  'blok.hari_libur',
  'blok.salat_jumat',
  'ceklis.jam',
].join(', ');
