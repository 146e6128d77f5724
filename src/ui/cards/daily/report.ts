/**
 * A daily report open in Gmail: what was read from it (unit, date, on time or late,
 * priority), each problem in Indonesian, whether it is in LaporanHarian, and — for the
 * Koordinator Email Daily and the Admin Sistem only — Catat and Tolak. The server decides
 * who gets the buttons (MessageView.review) and checks the role again when one is pressed.
 */
import type { LogEntry, MessageView } from '../../../app/daily/message';
import { longDate } from '../../../core/daily/parse/dates';
import { escapeHtml } from '../../../core/text/html';
import {
  buttons,
  type Card,
  dateTimePicker,
  field,
  type Section,
  selectionInput,
  submitButton,
  text,
  textInput,
  type Widget,
} from '../model';
import { alert, when } from './text';

type ReportView = Extract<MessageView, { kind: 'report' }>;

const esc = escapeHtml;

export const REVIEW_INPUTS = { unit: 'unit', date: 'tanggal', reason: 'alasan' } as const;

function readingSection(view: ReportView): Section {
  const { report, message } = view;
  const timing =
    report.deadline === null
      ? field('Ketepatan waktu', alert('Tidak dapat dinilai: tanggal laporan tidak terbaca'))
      : field(
          'Ketepatan waktu',
          report.late ? alert('Terlambat') : '✅ Tepat waktu',
          `Diterima ${when(message.receivedAt)}; batas ${when(report.deadline)}`,
        );
  return {
    widgets: [
      field('Unit', report.unit ? esc(report.unit.name) : alert('Tidak dikenali')),
      field('Tanggal laporan', report.date ? esc(longDate(report.date)) : alert('Tidak terbaca')),
      timing,
      field('Prioritas', report.priority ? esc(report.priority) : alert('Belum dipilih')),
      field('Pengirim', esc(message.from), esc(message.subject)),
    ],
  };
}

function problemsSection(view: ReportView): Section {
  const { problems } = view.report;
  return {
    header: problems.length === 0 ? 'Pemeriksaan format' : `Perlu diperbaiki (${problems.length})`,
    widgets:
      problems.length === 0
        ? [text('✅ Laporan memenuhi format laporan harian.')]
        : problems.map((p) => text(alert(p))),
  };
}

const STATUS_TEXT: Record<string, string> = {
  DICATAT: '✅ Sudah dicatat',
  PERLU_DIPERIKSA: '⚠️ Perlu diperiksa koordinator',
  DITOLAK: '⛔ Ditolak',
};

const NOTE_LABEL: Record<string, string> = {
  PERLU_DIPERIKSA: 'Masalah yang ditemukan',
  DITOLAK: 'Alasan penolakan',
};

function logSection(log: LogEntry | null): Section {
  if (!log) {
    return {
      header: 'Pencatatan',
      widgets: [field('LaporanHarian', 'Belum dicatat')],
    };
  }
  const by = [log.by, log.at === null ? '' : when(log.at)].filter(Boolean).join(', ');
  const widgets: Widget[] = [
    field('LaporanHarian', esc(STATUS_TEXT[log.status] ?? log.status), by ? esc(by) : undefined),
  ];
  if (log.note) widgets.push(field(NOTE_LABEL[log.status] ?? 'Catatan', esc(log.note)));
  return { header: 'Pencatatan', widgets };
}

function reviewSection(view: ReportView): Section | null {
  const { review, log, message } = view;
  if (!review) return null;
  const ids = { messageId: review.ids.messageId, threadId: review.ids.threadId };
  const widgets: Widget[] = [];
  if (log?.status !== 'DICATAT') {
    if (review.units.length > 0) {
      widgets.push(
        selectionInput(
          REVIEW_INPUTS.unit,
          'Unit pengirim * (tidak terbaca dari email)',
          'DROPDOWN',
          [
            // Without an empty first item a dropdown silently submits the first unit.
            { text: '— pilih unit —', value: '', selected: true },
            ...review.units.map((u) => ({ text: u.name, value: u.code })),
          ],
        ),
      );
    }
    if (review.needsDate) {
      widgets.push(
        dateTimePicker(REVIEW_INPUTS.date, 'Tanggal laporan * (tidak terbaca dari email)', {
          type: 'DATE_ONLY',
          valueMs: message.receivedAt,
        }),
      );
    }
    widgets.push(buttons(submitButton('Catat', 'actionDailyLog', ids)));
  }
  widgets.push(
    textInput(REVIEW_INPUTS.reason, 'Alasan penolakan (wajib untuk Tolak)', {
      hint: 'Dikirim ke pengirim, mis. "Bagian Ringkasan masih kosong"',
      multiline: true,
    }),
    buttons(submitButton('Tolak', 'actionDailyReject', ids)),
  );
  return { header: 'Tindakan koordinator', widgets };
}

export function reportCard(view: ReportView): Card {
  const review = reviewSection(view);
  return {
    name: 'laporan-harian',
    header: {
      title: 'Laporan harian',
      subtitle: esc(view.report.unit?.name ?? 'Unit belum dikenali'),
    },
    sections: [
      readingSection(view),
      problemsSection(view),
      logSection(view.log),
      ...(review ? [review] : []),
    ],
  };
}
