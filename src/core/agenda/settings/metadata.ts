/** Which metadata an item still lacks before it may enter a status (AgendaPengaturan wajib.*). */
import type { AgendaConventions, MetadataField } from '../conventions';
import type { AgendaItem } from '../item';
import type { AgendaStatus } from '../status';
import { METADATA_LABELS } from './labels';

const filled = (text: string | undefined) => (text ?? '').trim() !== '';

const PRESENT: Readonly<Record<MetadataField, (item: AgendaItem) => boolean>> = {
  penanggungJawab: (item) => filled(item.pic.name),
  kontak: (item) => filled(item.pic.phone) && filled(item.pic.email),
  dokumen: (item) => item.documents.some(filled),
  suratUndangan: (item) =>
    item.invitation !== null && filled(item.invitation.number) && filled(item.invitation.date),
  tamu: (item) => item.guests.some(filled),
  lokasiLengkap: (item) =>
    filled(item.location.venue) && filled(item.location.desa) && filled(item.location.kecamatan),
};

/** The required fields `item` lacks for `to`, in the configured order, with Indonesian labels. */
export function missingMetadata(
  c: AgendaConventions,
  item: AgendaItem,
  to: AgendaStatus,
): { field: MetadataField; label: string }[] {
  return (c.requiredByStage[to] ?? [])
    .filter((field) => !PRESENT[field](item))
    .map((field) => ({ field, label: METADATA_LABELS[field] }));
}
