/**
 * The protocol office's conventions (seed 003, "standar teknis"): how an agenda item is named,
 * coloured and located on the shared calendar, which metadata each stage needs, who is
 * reminded when, how long each stage may take and who hears about breaches and clashes.
 * Admins keep them in settings sheets of the data spreadsheet (see ./settings); this is the
 * validated shape every other part of PROTOCLOUD reads.
 */
import type { ClashRules } from './clashes';
import type { AgendaStatus } from './status';

/** How a holiday or the Friday-prayer window treats an item placed in it. */
export type BlockMode = 'keras' | 'lunak' | 'abaikan';

/** A metadata field that a stage may require before an item can enter it. */
export const METADATA_FIELDS = [
  'penanggungJawab',
  'kontak',
  'dokumen',
  'suratUndangan',
  'tamu',
  'lokasiLengkap',
] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** Who a reminder goes to. */
export const RECIPIENT_KINDS = [
  'pimpinan',
  'ajudan',
  'penanggungJawab',
  'operator',
  'koordinator',
  'tamu',
] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
/** A recipient: one of the kinds above, or a fixed email address. */
export type Recipient = RecipientKind | { readonly email: string };

export interface ActivityType {
  /** As users pick it, e.g. "Rapat". */
  readonly name: string;
  /** The [JENIS] part of the title, e.g. "RAPAT". */
  readonly code: string;
  /** Calendar event colorId '1'–'11'. */
  readonly colorId: string;
  /** Minutes kept free before and after an item of this type. */
  readonly bufferBefore: number;
  readonly bufferAfter: number;
  /** Pre-event checklist for items of this type, in order. */
  readonly checklist: readonly string[];
}

export interface Leader {
  /** As it appears in the agenda, e.g. "Bupati". */
  readonly name: string;
  /** The leader's Google account: invited on publication, reminded. '' when unknown. */
  readonly email: string;
  /** The leader's aides (ajudan): they may confirm for the leader and receive reminders. */
  readonly aides: readonly string[];
  /** Whether the Friday-prayer window blocks this leader's agenda. */
  readonly fridayPrayer: boolean;
}

export interface ReminderRule {
  /** Activity type name, or '*' for every type. */
  readonly activityType: string;
  /** Minutes before the start; 0 = at the start. */
  readonly minutesBefore: number;
  readonly recipients: readonly Recipient[];
}

/** The stages an SLA can be set for: the waiting statuses of the workflow. */
export const SLA_STAGES = ['DIAJUKAN', 'DIVERIFIKASI', 'DIJADWALKAN', 'DIKONFIRMASI'] as const;
export type SlaStage = (typeof SLA_STAGES)[number] & AgendaStatus;

export interface AgendaConventions {
  readonly leaders: readonly Leader[];
  readonly activityTypes: readonly ActivityType[];
  /** Title template; placeholders {jenis} {kegiatan} {penyelenggara}. */
  readonly titleFormat: string;
  /** Location template; placeholders {tempat} {desa} {kecamatan}. */
  readonly locationFormat: string;
  /** Extra metadata an item must carry before it may enter a status. */
  readonly requiredByStage: Readonly<Partial<Record<AgendaStatus, readonly MetadataField[]>>>;
  readonly reminders: readonly ReminderRule[];
  /** Working hours an item may wait in a stage before the SLA is breached. */
  readonly slaHours: Readonly<Partial<Record<SlaStage, number>>>;
  /** Who hears about SLA breaches and clashes (besides the protocol coordinator role). */
  readonly escalation: readonly string[];
  /** Travel minutes between kecamatan (ClashRules.travel shape). */
  readonly travel: NonNullable<ClashRules['travel']>;
  readonly holidayBlock: BlockMode;
  readonly fridayPrayerBlock: BlockMode;
  /** The hour (WIB) of the working day before an event when open checklist items are flagged. */
  readonly checklistFlagHour: number;
}
