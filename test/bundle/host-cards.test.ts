/**
 * The contextual cards on the built bundle: an opened Gmail message, the compose action that
 * inserts the daily-report template, and an opened Calendar event.
 */
import { ADMIN, loadBundle, printed } from './harness';

const textOf = (json: unknown) => JSON.stringify(json);

describe('Gmail', () => {
  it('shows the opened message and warns when the sender is outside the instansi domain', () => {
    const { runtime, workspace } = loadBundle();
    const official = workspace.gmail.deliver({
      to: ADMIN,
      from: 'Dinas Kominfo <kominfo@bangka.go.id>',
      subject: '[LAPORAN HARIAN] Dinas Kominfo — 23 November 2026',
      plainBody: 'Ringkasan: rapat koordinasi',
      date: '2026-11-23T02:15:00Z',
    });
    const personal = workspace.gmail.deliver({
      to: ADMIN,
      from: 'budi.pribadi@gmail.com',
      subject: 'Laporan <script>',
      plainBody: 'x',
    });

    const card = textOf(
      printed(
        runtime.run('gmailMessageOpen', {
          gmail: {
            ...workspace.gmail.addOnContext(official.messageId),
            threadId: official.threadId,
          },
        }),
      ),
    );
    expect(card).toContain('[LAPORAN HARIAN] Dinas Kominfo — 23 November 2026');
    expect(card).toContain('Senin, 23 November 2026 09.15 WIB');
    expect(card).toContain('Alamat resmi instansi');
    workspace.gmail.endAddOnContext();

    const other = textOf(
      printed(
        runtime.run('gmailMessageOpen', {
          gmail: {
            ...workspace.gmail.addOnContext(personal.messageId),
            threadId: personal.threadId,
          },
        }),
      ),
    );
    expect(other).toContain('Di luar domain instansi');
    expect(other).toContain('Laporan &lt;script&gt;');
  });

  it('the compose action inserts the daily report template with the sender unit and today (WIB)', () => {
    const { runtime, workspace } = loadBundle();
    const { spreadsheetId } = runtime.run<{ spreadsheetId: string }>('setup');
    const app = workspace.spreadsheets.globals()
      .SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    app
      .openById(spreadsheetId)
      .getSheetByName('Pengguna')
      ?.getRange(2, 3)
      .setValue('Dinas Kominfo');
    workspace.kernel.setNow('2026-11-23T20:00:00Z'); // already Tuesday in Jakarta

    const compose = textOf(printed(runtime.run('gmailComposeOpen', {})));
    expect(compose).toContain('[LAPORAN HARIAN] Dinas Kominfo — 24 November 2026');
    const update = textOf(printed(runtime.run('actionInsertDailyTemplate', {})));
    expect(update).toContain('[LAPORAN HARIAN] Dinas Kominfo — 24 November 2026');
    expect(update).toContain('Ringkasan');
    expect(update).toContain('Prioritas');
  });
});

describe('Calendar', () => {
  it('shows an opened agenda event with its time in WIB and its PROTOCLOUD status', () => {
    const { runtime, workspace } = loadBundle();
    const calendar = workspace.calendar.globals().Calendar as unknown as GoogleAppsScript.Calendar;
    const agenda = calendar.Calendars?.insert({
      summary: 'Agenda Pimpinan',
      timeZone: 'Asia/Jakarta',
    });
    const event = calendar.Events?.insert(
      {
        summary: '[RAPAT] Rapat Koordinasi SPBE — Diskominfo',
        location: 'Ruang Rapat Bupati, Sungailiat',
        start: { dateTime: '2026-11-24T09:00:00+07:00' },
        end: { dateTime: '2026-11-24T11:00:00+07:00' },
        attendees: [{ email: 'bupati@bangka.go.id' }, { email: 'sekda@bangka.go.id' }],
        extendedProperties: { private: { agendaStatus: 'DIKONFIRMASI' } },
      },
      agenda?.id ?? '',
    );
    const card = textOf(
      printed(
        runtime.run('calendarEventOpen', { calendar: { calendarId: agenda?.id, id: event?.id } }),
      ),
    );
    expect(card).toContain('[RAPAT] Rapat Koordinasi SPBE — Diskominfo');
    expect(card).toContain(
      'Selasa, 24 November 2026 09.00 WIB – Selasa, 24 November 2026 11.00 WIB',
    );
    expect(card).toContain('Ruang Rapat Bupati, Sungailiat');
    expect(card).toContain('2 orang');
    expect(card).toContain('DIKONFIRMASI');
  });

  it('says plainly when the event is on a calendar the add-on cannot read', () => {
    const { runtime, workspace } = loadBundle();
    const calendar = workspace.calendar.globals().Calendar as unknown as GoogleAppsScript.Calendar;
    workspace.asUser('bupati@bangka.go.id');
    const own = calendar.Events?.insert(
      {
        summary: 'Pribadi',
        start: { dateTime: '2026-11-24T19:00:00+07:00' },
        end: { dateTime: '2026-11-24T20:00:00+07:00' },
      },
      'primary',
    );
    workspace.asUser(ADMIN);
    const card = textOf(
      printed(
        runtime.run('calendarEventOpen', {
          calendar: { calendarId: 'bupati@bangka.go.id', id: own?.id, attendees: [] },
        }),
      ),
    );
    expect(card).toContain('tidak berada di kalender agenda PROTOCLOUD');
    expect(card).not.toContain('Pribadi');
  });
});
