/** What the agenda cards call statuses and actions, in Indonesian. */
import type { AgendaStatus } from '../../../core/agenda/status';

/** The button that moves an item to the status. */
export const ACTION_LABELS: Record<AgendaStatus, string> = {
  DIAJUKAN: 'Ajukan',
  DIVERIFIKASI: 'Verifikasi',
  DIJADWALKAN: 'Jadwalkan',
  DIKONFIRMASI: 'Konfirmasi',
  DIPUBLIKASIKAN: 'Publikasikan',
  DITOLAK: 'Tolak',
  DIBATALKAN: 'Batalkan',
  DIWAKILKAN: 'Wakilkan',
  DITUNDA: 'Tunda / ubah waktu',
};

/** A status as a sentence fragment: "Agenda ini <label>". */
export const STATUS_LABELS: Record<AgendaStatus, string> = {
  DIAJUKAN: 'Diajukan, menunggu verifikasi',
  DIVERIFIKASI: 'Diverifikasi, menunggu dijadwalkan',
  DIJADWALKAN: 'Dijadwalkan, menunggu konfirmasi pimpinan',
  DIKONFIRMASI: 'Dikonfirmasi, menunggu publikasi',
  DIPUBLIKASIKAN: 'Dipublikasikan',
  DITOLAK: 'Ditolak',
  DIBATALKAN: 'Dibatalkan',
  DIWAKILKAN: 'Diwakilkan, menunggu publikasi',
  DITUNDA: 'Ditunda, menunggu konfirmasi waktu baru',
};
