/**
 * A PROTOCLOUD agenda item (agenda pimpinan): what the request form collects plus where the
 * item stands in the workflow (see ./status for the status machine and ./request for the form).
 * Plain data only (times as epoch ms, dates as 'YYYY-MM-DD' in Asia/Jakarta), so an item can be
 * stored in a sheet row or sent to the sidebar as JSON without conversion.
 */
import type { TimedItem } from './clashes';
import type { AgendaStatus } from './status';

export interface AgendaLocation {
  /** Venue (tempat), e.g. "Pendopo Kabupaten". */
  readonly venue: string;
  /** Desa/kelurahan. */
  readonly desa: string;
  readonly kecamatan: string;
}

/** The person in charge (penanggung jawab) on the organising unit's side. */
export interface AgendaContact {
  readonly name: string;
  /** Digits with an optional leading '+', as typed minus spaces, dots, dashes and brackets. */
  readonly phone: string;
  /** Lower-cased. */
  readonly email: string;
}

export interface AgendaInvitation {
  /** Nomor surat undangan, as written on the letter. */
  readonly number: string;
  /** Tanggal surat, 'YYYY-MM-DD'. */
  readonly date: string;
}

export interface AgendaItem {
  /** Assigned by the store; '' for a request not yet saved. */
  readonly id: string;
  readonly title: string;
  /** One of the configured activity types, in the list's spelling. */
  readonly activityType: string;
  /** Epoch ms; end > start. Entered as Asia/Jakarta (WIB) wall time unless an offset is given. */
  readonly start: number;
  readonly end: number;
  readonly location: AgendaLocation;
  /** Organising unit (OPD/bagian). */
  readonly unit: string;
  readonly pic: AgendaContact;
  /** Leaders involved, from the configured list, in the list's spelling; at least one. */
  readonly leaders: readonly string[];
  readonly invitation: AgendaInvitation | null;
  /** Supporting documents: Google Drive/Docs links. */
  readonly documents: readonly string[];
  readonly guests: readonly string[];
  readonly notes: string;
  readonly status: AgendaStatus;
  /** Why the request was refused (set on DITOLAK). */
  readonly reason?: string;
  /** The leader attending instead (set on DIWAKILKAN, cleared on DITUNDA). */
  readonly delegate?: string;
}

/**
 * The item as clash detection sees it. A represented item (delegate set) occupies the
 * delegate's time, not the original leaders'. Items that no longer happen (DITOLAK,
 * DIBATALKAN, see `isClosedStatus`) should be left out by the caller.
 */
export function toTimedItem(item: AgendaItem): TimedItem {
  return {
    id: item.id,
    start: item.start,
    end: item.end,
    leaders: item.delegate ? [item.delegate] : [...item.leaders],
    venue: item.location.venue,
    kecamatan: item.location.kecamatan,
    activityType: item.activityType,
  };
}
