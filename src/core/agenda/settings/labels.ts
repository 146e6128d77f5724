/**
 * The words admins write for reminder recipients and required metadata, and the labels shown
 * to users. Words are matched ignoring case, spacing and underscores, so "Penanggung Jawab",
 * "penanggung_jawab" and "penanggungJawab" are one.
 */

import { isEmail } from '../../data/cells';
import {
  METADATA_FIELDS,
  type MetadataField,
  RECIPIENT_KINDS,
  type Recipient,
  type RecipientKind,
} from '../conventions';

/** Squeezes out everything but letters and digits: the key two spellings share. */
export const wordKey = (word: string): string =>
  word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** How each recipient kind is written in the Penerima column. */
export const RECIPIENT_WORDS: Readonly<Record<RecipientKind, string>> = {
  pimpinan: 'pimpinan',
  ajudan: 'ajudan',
  penanggungJawab: 'penanggung jawab',
  operator: 'operator',
  koordinator: 'koordinator',
  tamu: 'tamu',
};

const RECIPIENT_ALIASES: Readonly<Record<string, RecipientKind>> = {
  pj: 'penanggungJawab',
  operatorprotokol: 'operator',
  koordinatorprotokol: 'koordinator',
  tamuundangan: 'tamu',
};

const RECIPIENT_LOOKUP = new Map<string, RecipientKind>([
  ...RECIPIENT_KINDS.map((k) => [wordKey(RECIPIENT_WORDS[k]), k] as const),
  ...Object.entries(RECIPIENT_ALIASES),
]);

export const RECIPIENT_CHOICES_TEXT = `${RECIPIENT_KINDS.map((k) => RECIPIENT_WORDS[k]).join(', ')}, atau alamat email`;

/** A recipient from one word of the Penerima column; null when it is neither kind nor email. */
export function readRecipient(word: string): Recipient | null {
  if (word.includes('@')) {
    const email = word.trim().toLowerCase();
    return isEmail(email) ? { email } : null;
  }
  return RECIPIENT_LOOKUP.get(wordKey(word)) ?? null;
}

export const recipientWord = (r: Recipient): string =>
  typeof r === 'string' ? RECIPIENT_WORDS[r] : r.email;

/** How each metadata field is written in a `wajib.*` value. */
export const METADATA_WORDS: Readonly<Record<MetadataField, string>> = {
  penanggungJawab: 'penanggung jawab',
  kontak: 'kontak',
  dokumen: 'dokumen',
  suratUndangan: 'surat undangan',
  tamu: 'tamu',
  lokasiLengkap: 'lokasi lengkap',
};

/** What a missing field means, for the user who has to complete the item. */
export const METADATA_LABELS: Readonly<Record<MetadataField, string>> = {
  penanggungJawab: 'Nama penanggung jawab',
  kontak: 'Telepon dan email penanggung jawab',
  dokumen: 'Dokumen pendukung (minimal satu tautan)',
  suratUndangan: 'Nomor dan tanggal surat undangan',
  tamu: 'Tamu undangan (minimal satu)',
  lokasiLengkap: 'Lokasi lengkap (tempat, desa/kelurahan, dan kecamatan)',
};

const METADATA_ALIASES: Readonly<Record<string, MetadataField>> = {
  pj: 'penanggungJawab',
  undangan: 'suratUndangan',
  dokumenpendukung: 'dokumen',
  tamuundangan: 'tamu',
  lokasi: 'lokasiLengkap',
};

const METADATA_LOOKUP = new Map<string, MetadataField>([
  ...METADATA_FIELDS.map((f) => [wordKey(METADATA_WORDS[f]), f] as const),
  ...Object.entries(METADATA_ALIASES),
]);

export const METADATA_CHOICES_TEXT = METADATA_FIELDS.map((f) => METADATA_WORDS[f]).join(', ');

export const readMetadataField = (word: string): MetadataField | null =>
  METADATA_LOOKUP.get(wordKey(word)) ?? null;
