/**
 * A notification the agenda jobs sent, as the AgendaNotifikasi table logs it. The key makes
 * sending idempotent: a job that finds the key logged does not send again, however often it
 * runs. The due time makes "notification compliance" measurable (sent no later than due).
 */
export const NOTIFICATION_KINDS = ['PENGINGAT', 'SLA', 'BENTROK', 'CEKLIS'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationRecord {
  /** Unique per notification, e.g. "PENGINGAT|<agendaId>|<start ms>|60|pimpinan". */
  readonly key: string;
  readonly agendaId: string;
  readonly kind: NotificationKind;
  /** When it should have gone out (epoch ms). */
  readonly dueAt: number;
  /** When it went out (epoch ms). */
  readonly sentAt: number;
  readonly recipients: readonly string[];
  readonly note: string;
}
