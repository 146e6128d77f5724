/**
 * The Calendar homepage of PROTOCLOUD: today's and tomorrow's agenda per leader, the items
 * waiting for the user's role, open clashes, SLA breaches, and the request form and daily
 * print at hand.
 */
import type { HomeView } from '../../../app/agenda/views';
import type { AgendaRecord } from '../../../core/agenda/record';
import { escapeHtml } from '../../../core/text/html';
import { formatDateTime, formatLongDate, formatTime } from '../../../core/time/format';
import { actionButton, buttons, type Card, field, type Section, text, type Widget } from '../model';
import { STATUS_LABELS } from './labels';

const open = (record: AgendaRecord) =>
  buttons(actionButton('Buka', 'actionAgendaOpen', { id: record.item.id }));

function itemLine(record: AgendaRecord, withDate = false): Widget[] {
  const { item } = record;
  const start = new Date(item.start);
  const when = withDate
    ? formatDateTime(start)
    : `${formatTime(start)} – ${formatTime(new Date(item.end))}`;
  return [
    field(escapeHtml(when), escapeHtml(item.title), escapeHtml(STATUS_LABELS[item.status])),
    open(record),
  ];
}

function daySection(day: HomeView['days'][number], label: string): Section {
  const widgets: Widget[] = [];
  for (const { leader, items } of day.leaders) {
    widgets.push(text(`<b>${escapeHtml(leader)}</b>`));
    if (items.length === 0) widgets.push(text('Tidak ada agenda'));
    for (const record of items) widgets.push(...itemLine(record));
  }
  if (day.leaders.length === 0) widgets.push(text('Daftar pimpinan belum diisi (AgendaPimpinan).'));
  const date = formatLongDate(new Date(`${day.date}T12:00:00+07:00`));
  return { header: `${label} — ${escapeHtml(date)}`, widgets };
}

function listSection(header: string, rows: Widget[], empty: string): Section {
  return {
    header,
    collapsible: rows.length > 6,
    uncollapsibleWidgetsCount: 6,
    widgets: rows.length > 0 ? rows : [text(empty)],
  };
}

export function agendaHomeCard(view: HomeView): Card {
  const sections: Section[] = [
    {
      widgets: [
        buttons(
          actionButton('Ajukan agenda', 'actionAgendaRequestForm'),
          actionButton('Cetak Agenda Harian', 'actionAgendaPrintForm'),
        ),
      ],
    },
    listSection(
      'Menunggu tindakan Anda',
      view.queue.flatMap((r) => itemLine(r, true)),
      'Tidak ada agenda yang menunggu tindakan Anda.',
    ),
    daySection(view.days[0] ?? { date: '', leaders: [] }, 'Hari ini'),
    daySection(view.days[1] ?? { date: '', leaders: [] }, 'Besok'),
    listSection(
      'Bentrok jadwal',
      view.clashes.flatMap((r) => [
        ...itemLine(r, true).slice(0, 1),
        text(escapeHtml(r.clashes.join('\n')).replace(/\n/g, '<br>')),
        open(r),
      ]),
      'Tidak ada bentrok jadwal.',
    ),
    listSection(
      'Melewati SLA',
      view.breaches.flatMap(({ record, due }) => [
        field(
          `Batas ${escapeHtml(formatDateTime(new Date(due)))}`,
          escapeHtml(record.item.title),
          escapeHtml(STATUS_LABELS[record.item.status]),
        ),
        open(record),
      ]),
      'Tidak ada agenda yang melewati batas waktu.',
    ),
  ];
  if (view.canSeeProblems && view.problems.length > 0) {
    sections.push({
      header: 'Pengaturan yang perlu diperbaiki',
      collapsible: true,
      uncollapsibleWidgetsCount: 1,
      widgets: view.problems.map((p) => text(escapeHtml(p))),
    });
  }
  return {
    name: 'agenda-beranda',
    header: {
      title: 'PROTOCLOUD — Agenda Pimpinan',
      subtitle: 'Agenda bersama pimpinan daerah',
    },
    sections,
  };
}
