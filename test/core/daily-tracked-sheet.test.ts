import { DEFAULT_RESPONSE_STANDARDS, type TrackedThread } from '../../src/core/daily/response';
import { TRACKED_MAIL_TABLE } from '../../src/core/daily/tables';
import { openThreadsOf, planTrackedSheet } from '../../src/core/daily/tracked-sheet';
import { createWorkCalendar } from '../../src/core/workdays';

/** Epoch ms of a Jakarta wall time. */
const wib = (local: string) => Date.parse(`${local}:00+07:00`);

const calendar = createWorkCalendar();
const NOW = wib('2026-11-24T12:00');
const HUMAS = 'humas@bangka.go.id';
const header = [...TRACKED_MAIL_TABLE.headers];
const col = (name: string) => header.indexOf(name);

const thread = (id: string, over: Partial<TrackedThread> = {}): TrackedThread => ({
  threadId: id,
  messageId: `${id}@example.com`,
  unit: 'HUMAS',
  category: 'Surat Masuk',
  priority: '',
  from: 'warga@example.com',
  to: HUMAS,
  subject: `Permohonan ${id}`,
  // Friday 15:00: the office closes at 16:30.
  receivedAt: wib('2026-11-20T15:00'),
  firstReplyAt: null,
  mailbox: HUMAS,
  ...over,
});

/** What Sheets gives back after the rows were written: text without its apostrophe. */
const stored = (rows: readonly (readonly unknown[])[]) =>
  rows.map((r) => r.map((c) => (typeof c === 'string' ? c.replace(/^'/, '') : c)));

const plan = (rows: readonly (readonly unknown[])[], observed: TrackedThread[], h = header) =>
  planTrackedSheet({
    header: h,
    rows,
    observed,
    standards: DEFAULT_RESPONSE_STANDARDS,
    calendar,
    now: NOW,
  });

describe('SuratResmi after a tracking run', () => {
  it('appends a new thread with its working minutes, standard and breach flag', () => {
    const answered = thread('a', { firstReplyAt: wib('2026-11-23T09:00') });
    const result = plan([], [answered]);
    expect(result.rewrite).toBeNull();
    expect(result.added).toBe(1);
    const row = result.appended[0] ?? [];
    // Friday 15:00–16:30 and Monday 07:30–09:00: three working hours, not a weekend.
    expect(row[col('Menit Kerja')]).toBe(180);
    expect(row[col('Standar (menit)')]).toBe(480);
    expect(row[col('Melewati Standar')]).toBe('Tidak');
    expect(row[col('Kotak Surat')]).toBe(`'${HUMAS}`);
  });

  it('changes nothing when the same threads are seen again', () => {
    const threads = [thread('a', { firstReplyAt: wib('2026-11-23T09:00') }), thread('b')];
    const rows = stored(plan([], threads).appended);
    const again = plan(rows, threads);
    expect(again).toMatchObject({ rewrite: null, appended: [], added: 0, updated: 0 });
  });

  it('fills in the reply of a waiting row in place and keeps every other cell', () => {
    const rows = stored(plan([], [thread('a'), thread('b')]).appended);
    // The admin corrected the category and wrote a note in a column of their own.
    const adminHeader = [...header, 'Catatan Admin'];
    const edited = rows.map((r) => [...r, '']);
    (edited[1] as unknown[])[col('Kategori')] = 'Pengaduan';
    (edited[1] as unknown[])[header.length] = '=perlu dicek';
    const result = plan(
      edited,
      [thread('b', { firstReplyAt: wib('2026-11-24T08:00') })],
      adminHeader,
    );
    expect(result.updated).toBe(1);
    const [first, second] = result.rewrite ?? [];
    // Row a is written back as it was (its text kept literal).
    expect(stored([first ?? []])[0]).toEqual(edited[0]);
    expect(second?.[col('Dibalas')]).toEqual(new Date(wib('2026-11-24T08:00')));
    // Friday 1.5 h + Monday 8.5 h + Tuesday 0.5 h, against the * standard of 480 minutes.
    expect(second?.[col('Menit Kerja')]).toBe(630);
    expect(second?.[col('Melewati Standar')]).toBe('Ya');
    expect(second?.[col('Kategori')]).toBe("'Pengaduan");
    expect(second?.[header.length]).toBe("'=perlu dicek");
  });

  it("never changes an answered row, another mailbox's row, or adds a thread twice", () => {
    const rows = stored(
      plan(
        [],
        [
          thread('a', { firstReplyAt: wib('2026-11-23T09:00') }),
          thread('b', { mailbox: 'lain@bangka.go.id' }),
        ],
      ).appended,
    );
    const later = wib('2026-11-24T10:00');
    const result = plan(rows, [
      thread('a', { firstReplyAt: later }),
      thread('b', { firstReplyAt: later }),
      // The same mail in another mailbox: another thread id, the same Message-ID.
      thread('c', { messageId: 'b@example.com' }),
    ]);
    expect(result).toMatchObject({ rewrite: null, appended: [], updated: 0, added: 0 });
  });

  it('leaves a row it cannot read alone and does not add its thread again', () => {
    const rows = stored(plan([], [thread('a')]).appended);
    (rows[0] as unknown[])[col('Diterima')] = 'kemarin sore';
    const result = plan(rows, [thread('a', { firstReplyAt: wib('2026-11-23T09:00') })]);
    expect(result).toMatchObject({ rewrite: null, appended: [], added: 0, updated: 0 });
    expect(result.problems.map((p) => p.column)).toEqual(['Diterima']);
  });

  it('writes under the headers wherever the admin moved the columns', () => {
    const moved = [...header].reverse();
    const row = plan([], [thread('a')], moved).appended[0] ?? [];
    expect(row[moved.indexOf('Thread ID')]).toBe("'a");
    expect(row[moved.indexOf('Diterima')]).toEqual(new Date(wib('2026-11-20T15:00')));
  });

  it('lists the waiting rows of a mailbox, and those nobody claimed', () => {
    const rows = stored(
      plan(
        [],
        [thread('a'), thread('b', { mailbox: 'lain@bangka.go.id' }), thread('c', { mailbox: '' })],
      ).appended,
    );
    expect(openThreadsOf(header, rows, HUMAS, calendar.timeZone).map((t) => t.threadId)).toEqual([
      'a',
      'c',
    ]);
  });
});
