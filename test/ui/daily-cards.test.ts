/**
 * The LENTERA Gmail cards as a user sees them: a daily report (its check, its log status, and
 * Catat/Tolak only for the coordinator), official mail with its response time, and the
 * report editor in compose, whose typed values survive a redraw.
 */
import { addOnEvent } from '../../dev/addon-event';
import type { ComposeView, ReportDraft } from '../../src/app/daily/compose';
import type { MessageView, ReportCheck } from '../../src/app/daily/message';
import type { ChecklistItem } from '../../src/core/daily/checklist';
import { DEFAULT_DAILY_CONFIG } from '../../src/core/daily/config';
import { composeCard } from '../../src/ui/cards/daily/compose';
import { reportDraftOf } from '../../src/ui/cards/daily/compose-input';
import { draftRecipientsOf, openMessageIdsOf } from '../../src/ui/cards/daily/event';
import { duration } from '../../src/ui/cards/daily/text';
import { readForm } from '../../src/ui/cards/form';
import { messageCard } from '../../src/ui/cards/gmail';
import type { Card, Widget } from '../../src/ui/cards/model';

const widgets = (card: Card): Widget[] => card.sections.flatMap((s) => [...s.widgets]);
const json = (card: Card) => JSON.stringify(card);
const functions = (card: Card) => [...json(card).matchAll(/"function":"(\w+)"/g)].map((m) => m[1]);
const input = (card: Card, name: string) =>
  widgets(card).find(
    (w) =>
      ('textInput' in w && w.textInput.name === name) ||
      ('selectionInput' in w && w.selectionInput.name === name) ||
      ('dateTimePicker' in w && w.dateTimePicker.name === name),
  );

const RECEIVED = Date.parse('2026-11-23T02:15:00Z');
const message = {
  subject: '[LAPORAN HARIAN] Dinas Kominfo — 23 November 2026',
  from: 'Budi <budi@bangka.go.id>',
  receivedAt: RECEIVED,
  official: true,
};
const valid: ReportCheck = {
  unit: { code: 'KOMINFO', name: 'Dinas Kominfo' },
  date: '2026-11-23',
  priority: 'Sedang',
  deadline: Date.parse('2026-11-23T09:00:00Z'),
  late: false,
  problems: [],
  sections: { Ringkasan: 'Rapat' },
};
const ids = { messageId: 'g1', threadId: 't1' };
const reportView = (over: Partial<Extract<MessageView, { kind: 'report' }>> = {}): MessageView => ({
  kind: 'report',
  message,
  report: valid,
  log: null,
  review: { ids, units: [], needsDate: false },
  ...over,
});

describe('report card', () => {
  it('shows a valid report, not logged yet, with Catat and Tolak for the coordinator', () => {
    const card = messageCard(reportView());
    const text = json(card);
    expect(text).toContain('Dinas Kominfo');
    expect(text).toContain('Senin, 23 November 2026');
    expect(text).toContain('Tepat waktu');
    expect(text).toContain('batas Senin, 23 November 2026 16.00 WIB');
    expect(text).toContain('Belum dicatat');
    expect(text).toContain('Laporan memenuhi format');
    expect(functions(card)).toEqual(['actionDailyLog', 'actionDailyReject']);
    expect(text).toContain('{"key":"messageId","value":"g1"},{"key":"threadId","value":"t1"}');
    expect(input(card, 'alasan')).toBeDefined();
    // The unit and date were read: nothing to pick.
    expect(input(card, 'unit')).toBeUndefined();
    expect(input(card, 'tanggal')).toBeUndefined();
  });

  it('gives staff of a unit the same check but no Catat or Tolak', () => {
    const card = messageCard(reportView({ review: null }));
    expect(json(card)).toContain('Belum dicatat');
    expect(functions(card)).toEqual([]);
    expect(input(card, 'alasan')).toBeUndefined();
  });

  it('lists every problem in Indonesian and asks the coordinator for the unit and date it lacks', () => {
    const problems = [
      'Unit "Dinas X" pada subjek tidak ada di tabel Unit.',
      'Tanggal laporan tidak ada pada subjek; tulis misalnya "23 November 2026" atau "23/11/2026".',
    ];
    const card = messageCard(
      reportView({
        report: { ...valid, unit: null, date: null, deadline: null, late: null, problems },
        review: { ids, units: [{ code: 'KOMINFO', name: 'Dinas Kominfo' }], needsDate: true },
      }),
    );
    const text = json(card);
    expect(text).toContain('Perlu diperbaiki (2)');
    for (const p of problems) expect(text).toContain(p.replace(/"/g, '&quot;'));
    expect(text).toContain('Tidak dapat dinilai: tanggal laporan tidak terbaca');
    expect(input(card, 'unit')).toEqual({
      selectionInput: expect.objectContaining({
        type: 'DROPDOWN',
        items: [
          { text: '— pilih unit —', value: '', selected: true },
          { text: 'Dinas Kominfo', value: 'KOMINFO', selected: false },
        ],
      }),
    });
    expect(input(card, 'tanggal')).toEqual({
      dateTimePicker: expect.objectContaining({ type: 'DATE_ONLY' }),
    });
  });

  it('says who logged it and when; Catat is gone once logged, Tolak stays', () => {
    const card = messageCard(
      reportView({
        log: {
          index: 0,
          status: 'DICATAT',
          note: 'Dicatat manual oleh Yusuf (emaildaily@bangka.go.id).',
          by: 'emaildaily@bangka.go.id',
          at: Date.parse('2026-11-23T03:00:00Z'),
          row: [],
        },
      }),
    );
    const text = json(card);
    expect(text).toContain('Sudah dicatat');
    expect(text).toContain('emaildaily@bangka.go.id, Senin, 23 November 2026 10.00 WIB');
    expect(text).toContain('Dicatat manual oleh Yusuf');
    expect(functions(card)).toEqual(['actionDailyReject']);
  });

  it('shows a rejected report with its reason, and escapes what the mail says', () => {
    const card = messageCard(
      reportView({
        message: { ...message, subject: 'Laporan <script>' },
        log: {
          index: 0,
          status: 'DITOLAK',
          note: 'Ringkasan <kosong>',
          by: 'k@x',
          at: null,
          row: [],
        },
      }),
    );
    const text = json(card);
    expect(text).toContain('Ditolak');
    expect(text).toContain('Alasan penolakan');
    expect(text).toContain('Ringkasan &lt;kosong&gt;');
    expect(text).toContain('Laporan &lt;script&gt;');
    expect(text).not.toContain('<script>');
  });
});

describe('official mail card', () => {
  const official = (answeredAt: number | null, overdue: boolean): MessageView => ({
    kind: 'official',
    message: { ...message, subject: 'Undangan rapat' },
    response: {
      watched: { unit: 'SETDA', category: 'Surat Masuk' },
      priority: '',
      receivedAt: Date.parse('2026-11-20T08:00:00Z'), // Friday 15:00 WIB
      due: Date.parse('2026-11-23T07:30:00Z'),
      standardMinutes: 480,
      answeredAt,
      overdue,
    },
  });

  it('shows when the answer is due in working time, and an overdue one in red', () => {
    const text = json(messageCard(official(null, true)));
    expect(text).toContain('Jumat, 20 November 2026 15.00 WIB');
    expect(text).toContain('<font color=\\"#b00020\\">Senin, 23 November 2026 14.30 WIB</font>');
    expect(text).toContain('Standar 8 jam kerja');
    expect(text).toContain('Belum dibalas — batas waktu sudah lewat');
    expect(text).toContain('SETDA · Surat Masuk');
  });

  it('says when it was answered', () => {
    const text = json(messageCard(official(Date.parse('2026-11-23T01:00:00Z'), false)));
    expect(text).toContain('Sudah dibalas');
    expect(text).toContain('Dibalas Senin, 23 November 2026 08.00 WIB');
    expect(text).not.toContain('#b00020');
  });
});

describe('plain message card', () => {
  it('warns when the sender writes from outside the instansi domain', () => {
    const text = json(
      messageCard({ kind: 'plain', message: { ...message, from: 'x@gmail.com', official: false } }),
    );
    expect(text).toContain('Di luar domain instansi');
    expect(text).toContain('Senin, 23 November 2026 09.15 WIB');
  });
});

describe('compose card', () => {
  const view: ComposeView = {
    units: [
      { code: 'KOMINFO', name: 'Dinas Kominfo' },
      { code: 'BAPPEDA', name: 'Bappeda' },
    ],
    unit: { code: 'BAPPEDA', name: 'Bappeda' },
    sections: DEFAULT_DAILY_CONFIG.sections,
    priorities: DEFAULT_DAILY_CONFIG.priorities,
    subject: '[LAPORAN HARIAN] Bappeda — 23 November 2026',
    to: ['emaildaily@bangka.go.id'],
    cc: ['kepala.bappeda@bangka.go.id'],
  };
  const draft: ReportDraft = {
    unit: 'BAPPEDA',
    // Sections after the last typed one are absent: Google leaves empty inputs out.
    texts: ['Rapat RKPD\nbaris dua', '', 'Jaringan putus'],
    priority: 'Tinggi',
    approved: true,
  };

  it('marks required sections, and shows the unit, the subject and the recipients it will insert', () => {
    const card = composeCard(view, draft);
    const text = json(card);
    expect(text).toContain('"label":"Ringkasan *"');
    expect(text).toContain('"label":"Capaian"');
    expect(text).toContain('[LAPORAN HARIAN] Bappeda — 23 November 2026');
    expect(text).toContain('emaildaily@bangka.go.id');
    expect(text).toContain('kepala.bappeda@bangka.go.id');
    expect(functions(card)).toEqual(['actionInsertDailyTemplate', 'actionDailyCheckDraft']);
    expect(text).not.toContain('Hasil pemeriksaan');
  });

  it('keeps every typed value when drawn again: reading the card back gives the same draft', () => {
    const card = composeCard(view, draft);
    const typed: Record<string, string | string[]> = {};
    for (const w of widgets(card)) {
      if ('textInput' in w && w.textInput.value) typed[w.textInput.name] = w.textInput.value;
      if ('selectionInput' in w) {
        const chosen = w.selectionInput.items.filter((i) => i.selected).map((i) => i.value);
        if (chosen.length > 0) typed[w.selectionInput.name] = chosen;
      }
    }
    expect(reportDraftOf(readForm(addOnEvent('gmail', {}, typed)))).toEqual(draft);
  });

  it('shows the checklist first: what fails, in red, with its detail', () => {
    const items: ChecklistItem[] = [
      {
        id: 'subjek',
        label: 'Subjek sesuai format',
        ok: true,
        detail: 'Unit Bappeda disebut pada subjek.',
      },
      {
        id: 'kepalaUnit',
        label: 'Kepala unit di CC',
        ok: false,
        detail: 'Tambahkan kepala unit Bappeda (kepala.bappeda@bangka.go.id) pada CC.',
      },
    ];
    const card = composeCard(view, draft, items);
    expect(card.sections[0]?.header).toBe('Hasil pemeriksaan');
    const text = json(card);
    expect(text).toContain('1 butir perlu diperbaiki');
    expect(text).toContain('⚠️ Kepala unit di CC');
    expect(text).toContain('✅ Subjek sesuai format');
    expect(text).toContain('#b00020\\">Tambahkan kepala unit Bappeda');
  });

  it('asks for the unit when the sender has none registered', () => {
    const card = composeCard({ ...view, unit: null }, { ...draft, unit: '' });
    expect(input(card, 'unit')).toEqual({
      selectionInput: expect.objectContaining({
        items: expect.arrayContaining([{ text: '— pilih unit —', value: '', selected: true }]),
      }),
    });
  });
});

describe('add-on event readers', () => {
  it('names the open message from the trigger, or from the button that was pressed', () => {
    expect(
      openMessageIdsOf({ gmail: { messageId: 'm', threadId: 't', accessToken: 'x' } }),
    ).toEqual({ messageId: 'm', threadId: 't' });
    expect(
      openMessageIdsOf({
        gmail: { messageId: 'other', threadId: 'other' },
        ...addOnEvent('gmail', { messageId: 'm', threadId: 't' }),
      }),
    ).toEqual({ messageId: 'm', threadId: 't' });
    expect(openMessageIdsOf(null)).toEqual({ messageId: '', threadId: '' });
  });

  it("reads the draft's recipients from the current or the older event shape", () => {
    expect(draftRecipientsOf({ gmail: { toRecipients: ['a@x'], ccRecipients: ['b@x'] } })).toEqual({
      to: ['a@x'],
      cc: ['b@x'],
    });
    expect(
      draftRecipientsOf({
        draftMetadata: { toRecipients: ['a@x'], ccRecipients: [], subject: 's' },
      }),
    ).toEqual({ to: ['a@x'], cc: [] });
    expect(draftRecipientsOf({ gmail: { toRecipients: 'a@x' } })).toEqual({ to: [], cc: [] });
  });
});

describe('durations in working time', () => {
  it.each([
    [480, '8 jam'],
    [90, '1 jam 30 menit'],
    [30, '30 menit'],
    [0, '0 menit'],
  ])('%d minutes → %s', (minutes, text) => {
    expect(duration(minutes)).toBe(text);
  });
});
