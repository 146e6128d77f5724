/**
 * One agenda item in Calendar: its metadata, clashes and blocks, the pre-event checklist,
 * the status history, and exactly the actions the user's role allows — the server computed
 * them (views.ts) and checks them again when an action runs.
 */
import type { ItemView } from '../../../app/agenda/views';
import { escapeHtml } from '../../../core/text/html';
import { isDriveLink } from '../../../core/text/links';
import { formatDateTime } from '../../../core/time/format';
import {
  actionButton,
  buttons,
  type Card,
  field,
  linkButton,
  type Section,
  submitButton,
  text,
  textInput,
  type Widget,
} from '../model';
import { ACTION_LABELS, STATUS_LABELS } from './labels';
import { timeRange } from './time-range';

const esc = escapeHtml;

function details(view: ItemView, location: string): Section {
  const { item } = view.record;
  const widgets: Widget[] = [
    field('Status', esc(STATUS_LABELS[item.status])),
    field('Waktu', esc(timeRange(item.start, item.end))),
    field('Tempat', esc(location)),
    field('Jenis kegiatan', esc(item.activityType)),
    field(
      'Pimpinan',
      esc(item.leaders.join(', ')),
      item.delegate ? esc(`Diwakili oleh ${item.delegate}`) : undefined,
    ),
    field('Penyelenggara', esc(item.unit)),
    field('Penanggung jawab', esc(item.pic.name), esc(`${item.pic.phone} · ${item.pic.email}`)),
  ];
  if (item.invitation) {
    widgets.push(field('Surat undangan', esc(item.invitation.number), esc(item.invitation.date)));
  }
  if (item.guests.length > 0) widgets.push(field('Tamu', esc(item.guests.join(', '))));
  if (item.notes) widgets.push(field('Catatan', esc(item.notes)));
  if (item.reason) widgets.push(field('Alasan penolakan', esc(item.reason)));
  if (view.slaDue !== null) {
    widgets.push(field('Batas waktu tahap ini (SLA)', esc(formatDateTime(new Date(view.slaDue)))));
  }
  const docs = item.documents.filter(isDriveLink);
  if (docs.length > 0) {
    widgets.push(buttons(...docs.map((url, i) => linkButton(`Dokumen ${i + 1}`, url))));
  }
  return { header: `Agenda ${esc(item.id)}`, widgets };
}

function problems(view: ItemView): Section | null {
  const lines = [
    ...view.blocks.hard.map((m) => `⛔ ${m}`),
    ...view.record.clashes.map((m) => `⚠️ ${m}`),
    ...view.blocks.soft.map((m) => `ℹ️ ${m}`),
  ];
  return lines.length === 0
    ? null
    : { header: 'Bentrok dan larangan', widgets: lines.map((l) => text(esc(l))) };
}

function checklist(view: ItemView): Section | null {
  const { record } = view;
  if (record.checklist.length === 0) return null;
  const widgets = record.checklist.flatMap((mark): Widget[] => {
    const state = mark.done
      ? `Selesai — ${mark.by}, ${formatDateTime(new Date(mark.at))}`
      : 'Belum';
    const row = field(esc(mark.done ? '✅ Selesai' : '⬜ Belum'), esc(mark.item), esc(state));
    if (!view.canTick) return [row];
    return [
      row,
      buttons(
        actionButton(mark.done ? 'Buka lagi' : 'Tandai selesai', 'actionAgendaChecklist', {
          id: record.item.id,
          line: mark.item,
          done: mark.done ? 'tidak' : 'ya',
        }),
      ),
    ];
  });
  return { header: 'Ceklis pra-acara', collapsible: true, uncollapsibleWidgetsCount: 4, widgets };
}

function actions(view: ItemView): Section | null {
  if (view.actions.length === 0) return null;
  const id = view.record.item.id;
  const direct = view.actions.filter((a) => a.requires === undefined);
  const withForm = view.actions.filter((a) => a.requires !== undefined);
  const widgets: Widget[] = [];
  if (direct.length > 0) {
    widgets.push(textInput('note', 'Catatan (opsional)', { multiline: true }));
    widgets.push(
      buttons(
        ...direct.map((a) =>
          submitButton(ACTION_LABELS[a.to], 'actionAgendaTransition', { id, to: a.to }),
        ),
      ),
    );
  }
  if (withForm.length > 0) {
    widgets.push(
      buttons(
        ...withForm.map((a) =>
          actionButton(`${ACTION_LABELS[a.to]}…`, 'actionAgendaActionForm', { id, to: a.to }),
        ),
      ),
    );
  }
  return { header: 'Tindakan', widgets };
}

function history(view: ItemView): Section {
  const widgets = view.history.map((h) =>
    field(
      esc(formatDateTime(new Date(h.at))),
      esc(h.from === h.to ? h.to : `${h.from} → ${h.to}`),
      esc([h.who, h.note].filter(Boolean).join(' — ')),
    ),
  );
  return {
    header: 'Riwayat status',
    collapsible: widgets.length > 3,
    uncollapsibleWidgetsCount: 3,
    widgets: widgets.length > 0 ? [...widgets].reverse() : [text('Belum ada riwayat.')],
  };
}

export function agendaItemCard(view: ItemView, location: string): Card {
  const sections = [
    details(view, location),
    problems(view),
    actions(view),
    checklist(view),
    history(view),
  ].filter((s): s is Section => s !== null);
  return {
    name: `agenda-${view.record.item.id}`,
    header: { title: esc(view.record.item.title), subtitle: 'PROTOCLOUD — Agenda Pimpinan' },
    sections,
  };
}
