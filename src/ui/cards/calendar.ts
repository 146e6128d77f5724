/** The Calendar card for an opened event. */
import { escapeHtml } from '../../core/text/html';
import { type Card, field } from './model';

export interface OpenEvent {
  readonly title: string;
  readonly when: string;
  readonly location: string;
  readonly attendees: number;
  /** The PROTOCLOUD status stored on the event, or null for an event outside the agenda. */
  readonly agendaStatus: string | null;
}

export function eventCard(event: OpenEvent): Card {
  return {
    name: 'acara',
    header: {
      title: escapeHtml(event.title || '(tanpa judul)'),
      subtitle: 'PROTOCLOUD — Agenda Pimpinan',
    },
    sections: [
      {
        widgets: [
          field('Waktu', escapeHtml(event.when)),
          field('Lokasi', escapeHtml(event.location || 'Belum diisi')),
          field('Peserta', `${event.attendees} orang`),
          field(
            'Status agenda',
            event.agendaStatus
              ? escapeHtml(event.agendaStatus)
              : 'Belum terdaftar di agenda PROTOCLOUD',
          ),
        ],
      },
    ],
  };
}
