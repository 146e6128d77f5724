/**
 * The agenda's forms: a new request (usable by any registered unit, not only the protocol
 * office), an action that needs input (reason, representing leader, new time), and the
 * Agenda Harian print. Values the user typed come back on error, with the problems listed.
 */
import type { ActionChoice } from '../../../app/agenda/views';
import type { AgendaRecord } from '../../../core/agenda/record';
import { escapeHtml } from '../../../core/text/html';
import {
  type Card,
  dateTimePicker,
  type Section,
  selectionInput,
  submitButton,
  text,
  textInput,
  type Widget,
} from '../model';
import { ACTION_LABELS } from './labels';

/** The request form's fields, as typed (text) or picked (times in epoch ms). */
export interface RequestDraft {
  readonly [field: string]: string | readonly string[] | number | undefined;
}

export interface RequestChoices {
  readonly leaders: readonly string[];
  readonly activityTypes: readonly string[];
}

const problemSection = (problems: readonly string[]): Section[] =>
  problems.length === 0
    ? []
    : [
        {
          header: 'Periksa isian berikut',
          widgets: problems.map((p) => text(`<font color="#b00020">${escapeHtml(p)}</font>`)),
        },
      ];

const str = (draft: RequestDraft, name: string): string => {
  const v = draft[name];
  return typeof v === 'string' ? v : '';
};

export function requestFormCard(
  choices: RequestChoices,
  draft: RequestDraft,
  problems: readonly string[] = [],
): Card {
  const chosenLeaders = new Set(
    (Array.isArray(draft.leaders) ? draft.leaders : [str(draft, 'leaders')]).map((l) =>
      l.toLowerCase(),
    ),
  );
  const type = str(draft, 'activityType').toLowerCase();
  const time = (name: string) =>
    typeof draft[name] === 'number' ? (draft[name] as number) : undefined;
  const t = (name: string, label: string, hint?: string, multiline = false): Widget =>
    textInput(name, label, {
      value: str(draft, name),
      ...(hint ? { hint } : {}),
      multiline,
    });
  const start = time('start');
  const end = time('end');
  return {
    name: 'agenda-pengajuan',
    header: { title: 'Pengajuan agenda pimpinan', subtitle: 'Semua isian bertanda * wajib' },
    sections: [
      ...problemSection(problems),
      {
        header: 'Kegiatan',
        widgets: [
          t('title', 'Nama kegiatan *'),
          selectionInput(
            'activityType',
            'Jenis kegiatan *',
            'DROPDOWN',
            choices.activityTypes.map((name) => ({
              text: name,
              value: name,
              selected: name.toLowerCase() === type,
            })),
          ),
          dateTimePicker('start', 'Mulai (WIB) *', start === undefined ? {} : { valueMs: start }),
          dateTimePicker('end', 'Selesai (WIB) *', end === undefined ? {} : { valueMs: end }),
          selectionInput(
            'leaders',
            'Pimpinan yang diundang *',
            'CHECK_BOX',
            choices.leaders.map((name) => ({
              text: name,
              value: name,
              selected: chosenLeaders.has(name.toLowerCase()),
            })),
          ),
        ],
      },
      {
        header: 'Lokasi',
        widgets: [
          t('venue', 'Tempat *', 'mis. Pendopo Rumah Dinas Bupati'),
          t('desa', 'Desa/kelurahan *'),
          t('kecamatan', 'Kecamatan *'),
        ],
      },
      {
        header: 'Penyelenggara',
        widgets: [
          t('unit', 'Unit penyelenggara *'),
          t('picName', 'Nama penanggung jawab *'),
          t('picPhone', 'Telepon penanggung jawab *', 'mis. 0812-3456-7890'),
          t('picEmail', 'Email penanggung jawab *'),
        ],
      },
      {
        header: 'Surat dan dokumen',
        collapsible: true,
        uncollapsibleWidgetsCount: 2,
        widgets: [
          t('invitationNumber', 'Nomor surat undangan'),
          t('invitationDate', 'Tanggal surat undangan', 'mis. 2026-11-20'),
          t('documents', 'Tautan dokumen pendukung (Google Drive)', 'satu tautan per baris', true),
          t('guests', 'Tamu undangan', 'satu nama atau email per baris', true),
          t('notes', 'Catatan', undefined, true),
        ],
      },
    ],
    fixedFooter: { primaryButton: submitButton('Kirim pengajuan', 'actionAgendaSubmit') },
  };
}

/** The form of an action that needs input, for one item. */
export function actionFormCard(
  record: AgendaRecord,
  action: ActionChoice,
  otherLeaders: readonly string[],
  problems: readonly string[] = [],
): Card {
  const { item } = record;
  const widgets: Widget[] = [];
  if (action.requires === 'reason') {
    widgets.push(textInput('reason', 'Alasan *', { multiline: true }));
  } else if (action.requires === 'delegate') {
    widgets.push(
      selectionInput(
        'delegate',
        'Diwakili oleh *',
        'DROPDOWN',
        otherLeaders.map((name, i) => ({ text: name, value: name, selected: i === 0 })),
      ),
    );
  } else if (action.requires === 'newTime') {
    widgets.push(dateTimePicker('newStart', 'Waktu mulai baru (WIB) *', { valueMs: item.start }));
    widgets.push(dateTimePicker('newEnd', 'Waktu selesai baru (WIB) *', { valueMs: item.end }));
  }
  widgets.push(textInput('note', 'Catatan (opsional)', { multiline: true }));
  return {
    name: `agenda-tindakan-${item.id}-${action.to}`,
    header: { title: `${ACTION_LABELS[action.to]}: ${escapeHtml(item.title)}`, subtitle: item.id },
    sections: [...problemSection(problems), { widgets }],
    fixedFooter: {
      primaryButton: submitButton(ACTION_LABELS[action.to], 'actionAgendaTransition', {
        id: item.id,
        to: action.to,
      }),
    },
  };
}

/** Choosing the leader and day of the printable Agenda Harian. */
export function printFormCard(leaders: readonly string[], dayMs: number): Card {
  return {
    name: 'agenda-cetak',
    header: { title: 'Cetak Agenda Harian', subtitle: 'PDF dikirim ke email Anda' },
    sections: [
      {
        widgets: [
          selectionInput(
            'leader',
            'Pimpinan',
            'DROPDOWN',
            leaders.map((name, i) => ({ text: name, value: name, selected: i === 0 })),
          ),
          dateTimePicker('day', 'Tanggal', { valueMs: dayMs, type: 'DATE_ONLY' }),
          text(
            'Cadangan manual bila kalender tidak dapat diakses: cetak dan bagikan kepada ajudan.',
          ),
        ],
      },
    ],
    fixedFooter: { primaryButton: submitButton('Kirim PDF ke email saya', 'actionAgendaPrint') },
  };
}
