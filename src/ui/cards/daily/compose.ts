/**
 * The daily-report editor in Gmail's compose window, made for a phone: one box per section
 * (required ones marked *), the priority, the unit head's approval, and two buttons —
 * "Periksa" shows the pre-send checklist above the form, "Sisipkan laporan harian" fills
 * the draft. What was typed is drawn back into the boxes whenever the card is redrawn.
 */
import type { ComposeView, ReportDraft } from '../../../app/daily/compose';
import type { ChecklistItem } from '../../../core/daily/checklist';
import { escapeHtml } from '../../../core/text/html';
import {
  type Card,
  field,
  type Section,
  selectionInput,
  submitButton,
  text,
  textInput,
  type Widget,
} from '../model';
import {
  APPROVAL_INPUT,
  APPROVED,
  PRIORITY_INPUT,
  sectionInput,
  UNIT_INPUT,
} from './compose-input';
import { alert } from './text';

const esc = escapeHtml;

function checklistSection(items: readonly ChecklistItem[]): Section {
  const failed = items.filter((i) => !i.ok).length;
  return {
    header: 'Hasil pemeriksaan',
    widgets: [
      text(
        failed === 0
          ? '✅ Semua butir terpenuhi: laporan siap disisipkan dan dikirim.'
          : alert(`${failed} butir perlu diperbaiki sebelum mengirim.`),
      ),
      ...items.map((i) =>
        field(`${i.ok ? '✅' : '⚠️'} ${esc(i.label)}`, i.ok ? esc(i.detail) : alert(i.detail)),
      ),
    ],
  };
}

function unitWidget(view: ComposeView): Widget {
  if (view.units.length === 0) {
    return field('Unit', view.unit ? esc(view.unit.name) : alert('Unit Anda belum terdaftar'));
  }
  const chosen = view.unit?.code ?? '';
  return selectionInput(UNIT_INPUT, 'Unit *', 'DROPDOWN', [
    // Without an empty first item a dropdown silently submits the first unit.
    ...(chosen === '' ? [{ text: '— pilih unit —', value: '', selected: true }] : []),
    ...view.units.map((u) => ({ text: u.name, value: u.code, selected: u.code === chosen })),
  ]);
}

export function composeCard(
  view: ComposeView,
  draft: ReportDraft,
  checklist: readonly ChecklistItem[] = [],
): Card {
  const sections = view.sections.map((s, i) =>
    textInput(sectionInput(i), `${s.name}${s.required ? ' *' : ''}`, {
      value: draft.texts[i] ?? '',
      multiline: true,
    }),
  );
  const recipients = [
    field(
      'Kepada',
      view.to.length > 0
        ? esc(view.to.join(', '))
        : alert('Belum ada Koordinator Email Daily di tabel Pengguna; isi penerima sendiri.'),
    ),
    field(
      'CC (kepala unit)',
      view.cc.length > 0
        ? esc(view.cc.join(', '))
        : 'Tidak ada: email kepala unit belum di tabel Unit, atau Anda sendiri kepala unit.',
    ),
  ];
  return {
    name: 'tulis-laporan',
    header: { title: 'Laporan harian', subtitle: esc(view.subject) },
    sections: [
      ...(checklist.length > 0 ? [checklistSection(checklist)] : []),
      {
        header: 'Isi laporan (bertanda * wajib)',
        widgets: [
          unitWidget(view),
          ...sections,
          selectionInput(
            PRIORITY_INPUT,
            'Prioritas *',
            'RADIO_BUTTON',
            view.priorities.map((p) => ({ text: p, value: p, selected: p === draft.priority })),
          ),
          selectionInput(APPROVAL_INPUT, 'Persetujuan', 'SWITCH', [
            {
              text: 'Persetujuan kepala unit sudah ada',
              value: APPROVED,
              selected: draft.approved,
            },
          ]),
        ],
      },
      { header: 'Penerima yang disisipkan', widgets: recipients },
    ],
    fixedFooter: {
      primaryButton: submitButton('Sisipkan laporan harian', 'actionInsertDailyTemplate'),
      secondaryButton: submitButton('Periksa', 'actionDailyCheckDraft'),
    },
  };
}
