import { FakeCalendarService } from '../../dev/fake/calendar';
import { ADMIN, errorOf, meeting, OPERATOR, OUTSIDER, setup } from './calendar-setup';

const weekly = (extra = {}) => ({
  summary: 'Apel Pagi',
  start: { dateTime: '2026-11-23T07:30:00', timeZone: 'Asia/Jakarta' },
  end: { dateTime: '2026-11-23T08:00:00', timeZone: 'Asia/Jakarta' },
  recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6'],
  ...extra,
});

describe('fake Calendar: list', () => {
  it('filters by timeMin/timeMax (end after min, start before max)', () => {
    const { Calendar } = setup();
    Calendar.Events.insert(meeting('Senin', '2026-11-23', 9), 'primary');
    Calendar.Events.insert(meeting('Selasa', '2026-11-24', 9), 'primary');
    Calendar.Events.insert(meeting('Rabu', '2026-11-25', 9), 'primary');
    const items = Calendar.Events.list('primary', {
      timeMin: '2026-11-23T10:00:00+07:00', // Senin ends exactly here: excluded
      timeMax: '2026-11-25T09:00:00+07:00', // Rabu starts exactly here: excluded
    }).items;
    expect(items?.map((e) => e.summary)).toEqual(['Selasa']);
    expect(
      errorOf(() =>
        Calendar.Events.list('primary', { timeMin: '2026-11-24', timeMax: '2026-11-25T00:00:00Z' }),
      ).details?.code,
    ).toBe(400);
    expect(
      errorOf(() =>
        Calendar.Events.list('primary', {
          timeMin: '2026-11-25T00:00:00Z',
          timeMax: '2026-11-24T00:00:00Z',
        }),
      ).message,
    ).toContain('The specified time range is empty.');
  });

  it('expands a weekly RRULE into instances with singleEvents and keeps the master without', () => {
    const { Calendar } = setup();
    const master = Calendar.Events.insert(weekly(), 'primary');
    const window = { timeMin: '2026-11-24T00:00:00+07:00', timeMax: '2026-12-03T00:00:00+07:00' };

    const instances =
      Calendar.Events.list('primary', { ...window, singleEvents: true, orderBy: 'startTime' })
        .items ?? [];
    expect(instances.map((e) => e.start?.dateTime)).toEqual([
      '2026-11-25T07:30:00+07:00',
      '2026-11-30T07:30:00+07:00',
      '2026-12-02T07:30:00+07:00',
    ]);
    expect(instances[0]).toMatchObject({
      id: `${master.id}_20261125T003000Z`,
      recurringEventId: master.id,
      originalStartTime: { dateTime: '2026-11-25T07:30:00+07:00', timeZone: 'Asia/Jakarta' },
      summary: 'Apel Pagi',
    });
    expect(instances[0]?.recurrence).toBeUndefined();

    const masters = Calendar.Events.list('primary', window).items ?? [];
    expect(masters.map((e) => e.id)).toEqual([master.id]);
    expect(masters[0]?.recurrence).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6']);

    // COUNT=6 ends the series on Wed 9 Dec.
    const all = Calendar.Events.list('primary', { singleEvents: true }).items ?? [];
    expect(all).toHaveLength(6);
    expect(all.at(-1)?.start?.dateTime).toBe('2026-12-09T07:30:00+07:00');
    expect(
      errorOf(() => Calendar.Events.list('primary', { orderBy: 'startTime' })).message,
    ).toContain('The requested ordering is not available for the particular query.');
  });

  it('expands DAILY with INTERVAL/UNTIL, MONTHLY with ordinal BYDAY, and honours EXDATE', () => {
    const { Calendar } = setup();
    const tz = { timeZone: 'Asia/Jakarta' };
    Calendar.Events.insert(
      {
        summary: 'Piket',
        start: { dateTime: '2026-12-01T08:00:00', ...tz },
        end: { dateTime: '2026-12-01T09:00:00', ...tz },
        recurrence: [
          'RRULE:FREQ=DAILY;INTERVAL=2;UNTIL=20261207T235959Z',
          'EXDATE;TZID=Asia/Jakarta:20261203T080000',
        ],
      },
      'primary',
    );
    Calendar.Events.insert(
      {
        summary: 'Evaluasi',
        start: { date: '2026-12-25' },
        end: { date: '2026-12-26' },
        recurrence: ['RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=3'],
      },
      'primary',
    );
    const items =
      Calendar.Events.list('primary', { singleEvents: true, orderBy: 'startTime' }).items ?? [];
    expect(
      items.filter((e) => e.summary === 'Piket').map((e) => e.start?.dateTime?.slice(0, 10)),
    ).toEqual(['2026-12-01', '2026-12-05', '2026-12-07']);
    const evaluasi = items.filter((e) => e.summary === 'Evaluasi');
    expect(evaluasi.map((e) => e.start?.date)).toEqual(['2026-12-25', '2027-01-29', '2027-02-26']);
    expect(evaluasi[1]?.id).toMatch(/_20270129$/);
  });

  it('changes or cancels one instance without touching the others', () => {
    const { Calendar } = setup();
    const master = Calendar.Events.insert(weekly(), 'primary');
    const second = `${master.id}_20261125T003000Z`;
    Calendar.Events.patch({ location: 'Halaman Kantor Bupati' }, 'primary', second);
    Calendar.Events.remove('primary', `${master.id}_20261130T003000Z`);
    const items = Calendar.Events.list('primary', { singleEvents: true }).items ?? [];
    expect(items).toHaveLength(5);
    expect(items.find((e) => e.id === second)?.location).toBe('Halaman Kantor Bupati');
    expect(items.filter((e) => e.location).length).toBe(1);
    expect(Calendar.Events.instances('primary', master.id as string).items).toHaveLength(5);
    expect(
      errorOf(() => Calendar.Events.get('primary', `${master.id}_20261126T003000Z`)).details?.code,
    ).toBe(404);
  });

  it('filters on private and shared extended properties (ANDed) and on q', () => {
    const { Calendar } = setup();
    const tag = (agendaId: string, status: string) => ({
      extendedProperties: { private: { agendaId, status }, shared: { unit: 'PROKOPIM' } },
    });
    Calendar.Events.insert(
      meeting('Rapat Paripurna DPRD', '2026-11-24', 9, tag('A1', 'draft')),
      'primary',
    );
    Calendar.Events.insert(
      meeting('Kunjungan Kerja', '2026-11-24', 13, tag('A2', 'published')),
      'primary',
    );
    Calendar.Events.insert(meeting('Tanpa tag', '2026-11-24', 15), 'primary');
    const summaries = (args: object) =>
      (Calendar.Events.list('primary', args).items ?? []).map((e) => e.summary);
    expect(summaries({ privateExtendedProperty: 'agendaId=A2' })).toEqual(['Kunjungan Kerja']);
    expect(summaries({ privateExtendedProperty: ['agendaId=A1', 'status=published'] })).toEqual([]);
    expect(
      summaries({
        privateExtendedProperty: ['agendaId=A1', 'status=draft'],
        sharedExtendedProperty: 'unit=PROKOPIM',
      }),
    ).toEqual(['Rapat Paripurna DPRD']);
    expect(summaries({ q: 'paripurna' })).toEqual(['Rapat Paripurna DPRD']);
  });

  it('pages with maxResults/pageToken and gives the sync token on the last page only', () => {
    const { Calendar } = setup();
    for (let i = 0; i < 5; i++)
      Calendar.Events.insert(meeting(`E${i}`, '2026-11-24', 8 + i), 'primary');
    const first = Calendar.Events.list('primary', { maxResults: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextPageToken).toBeDefined();
    expect(first.nextSyncToken).toBeUndefined();
    const second = Calendar.Events.list('primary', {
      maxResults: 2,
      pageToken: first.nextPageToken,
    });
    const third = Calendar.Events.list('primary', {
      maxResults: 2,
      pageToken: second.nextPageToken,
    });
    expect(
      [...(first.items ?? []), ...(second.items ?? []), ...(third.items ?? [])].map(
        (e) => e.summary,
      ),
    ).toEqual(['E0', 'E1', 'E2', 'E3', 'E4']);
    expect(third.nextPageToken).toBeUndefined();
    expect(third.nextSyncToken).toBeDefined();
  });

  it('syncToken returns only what changed since, deletions included; bad tokens are a 410', () => {
    const { Calendar, kernel, service } = setup();
    const a = Calendar.Events.insert(meeting('A', '2026-11-24', 9), 'primary');
    const b = Calendar.Events.insert(meeting('B', '2026-11-24', 10), 'primary');
    const full = Calendar.Events.list('primary');
    expect(full.items).toHaveLength(2);

    kernel.advance(60_000);
    Calendar.Events.patch({ summary: 'A (moved)' }, 'primary', a.id as string);
    Calendar.Events.remove('primary', b.id as string);
    Calendar.Events.insert(meeting('C', '2026-11-24', 11), 'primary');
    const delta = Calendar.Events.list('primary', { syncToken: full.nextSyncToken });
    expect((delta.items ?? []).map((e) => [e.summary ?? e.id, e.status])).toEqual([
      ['A (moved)', 'confirmed'],
      [b.id, 'cancelled'],
      ['C', 'confirmed'],
    ]);
    const quiet = Calendar.Events.list('primary', { syncToken: delta.nextSyncToken });
    expect(quiet.items).toEqual([]);

    const stale = errorOf(() => Calendar.Events.list('primary', { syncToken: 'not-a-token' }));
    expect(stale.details?.code).toBe(410);
    expect(stale.message).toBe(
      'API call to calendar.events.list failed with error: Sync token is no longer valid, a full sync is required.',
    );
    expect(
      errorOf(() =>
        Calendar.Events.list('primary', {
          syncToken: quiet.nextSyncToken,
          timeMin: '2026-11-01T00:00:00Z',
        }),
      ).details?.code,
    ).toBe(400);

    service.invalidateSyncTokens(ADMIN);
    expect(
      errorOf(() => Calendar.Events.list('primary', { syncToken: quiet.nextSyncToken })).details
        ?.code,
    ).toBe(410);
  });
});

describe('fake Calendar: access control', () => {
  it('a user without access gets Not Found and nothing changes', () => {
    const { Calendar, kernel, service } = setup();
    const agenda = Calendar.Calendars.insert({
      summary: 'Agenda Pimpinan',
      timeZone: 'Asia/Jakarta',
    });
    const id = agenda.id as string;
    expect(id).toMatch(/@group\.calendar\.google\.com$/);
    Calendar.Events.insert(meeting('Rahasia', '2026-11-24', 9), id);

    kernel.activeUser = OPERATOR;
    for (const call of [
      () => Calendar.Events.list(id),
      () => Calendar.Events.insert(meeting('Nyusup', '2026-11-24', 10), id),
      () => Calendar.Calendars.get(id),
      () => Calendar.Acl.insert({ role: 'owner', scope: { type: 'user', value: OPERATOR } }, id),
    ]) {
      const error = errorOf(call);
      expect(error.kind).toBe('NOT_FOUND');
      expect(error.message).toMatch(/failed with error: Not Found$/);
    }
    expect(service.events(id).map((e) => e.summary)).toEqual(['Rahasia']);
    expect(Calendar.CalendarList.list().items?.map((c) => c.id)).toEqual([OPERATOR]);
  });

  it('reader may read but not write; writer may write; only the owner manages sharing', () => {
    const { Calendar, kernel, service } = setup();
    const id = Calendar.Calendars.insert({ summary: 'Agenda Pimpinan' }).id as string;
    Calendar.Acl.insert({ role: 'reader', scope: { type: 'user', value: OPERATOR } }, id);
    Calendar.Acl.insert(
      { role: 'freeBusyReader', scope: { type: 'domain', value: 'bangka.go.id' } },
      id,
    );
    Calendar.Events.insert(meeting('Rapat', '2026-11-24', 9, { description: 'isi rahasia' }), id);

    kernel.activeUser = OPERATOR;
    expect(Calendar.Events.list(id).items?.map((e) => e.summary)).toEqual(['Rapat']);
    expect(Calendar.CalendarList.list().items?.map((c) => [c.id, c.accessRole])).toEqual([
      [OPERATOR, 'owner'],
      [id, 'reader'],
    ]);
    const denied = errorOf(() => Calendar.Events.insert(meeting('Baru', '2026-11-24', 11), id));
    expect(denied.kind).toBe('PERMISSION');
    expect(denied.details?.code).toBe(403);
    expect(denied.message).toContain('You need to have writer access to this calendar.');
    expect(service.events(id)).toHaveLength(1);

    kernel.activeUser = 'staf@bangka.go.id'; // domain free/busy only: busy blocks, no details
    const busy = Calendar.Events.list(id).items ?? [];
    expect(busy[0]?.summary).toBeUndefined();
    expect(busy[0]?.start?.dateTime).toBe('2026-11-24T09:00:00+07:00');

    kernel.activeUser = ADMIN;
    Calendar.Acl.patch({ role: 'writer' }, id, `user:${OPERATOR}`);
    kernel.activeUser = OPERATOR;
    Calendar.Events.insert(meeting('Baru', '2026-11-24', 11), id);
    expect(service.events(id)).toHaveLength(2);
    expect(errorOf(() => Calendar.Acl.list(id)).kind).toBe('PERMISSION');

    kernel.activeUser = ADMIN;
    Calendar.Acl.remove(id, `user:${OPERATOR}`);
    expect(Calendar.Acl.list(id).items?.map((r) => r.id)).toEqual([
      `user:${ADMIN}`,
      'domain:bangka.go.id',
    ]);
    kernel.activeUser = OUTSIDER;
    expect(errorOf(() => Calendar.Events.list(id)).kind).toBe('NOT_FOUND');
  });

  it('group scopes follow the members the test declares', () => {
    const { Calendar, kernel, service } = setup();
    const id = Calendar.Calendars.insert({ summary: 'Protokol' }).id as string;
    Calendar.Acl.insert(
      { role: 'writer', scope: { type: 'group', value: 'protokol@bangka.go.id' } },
      id,
    );
    service.setGroupMembers('protokol@bangka.go.id', [OPERATOR]);
    kernel.activeUser = OPERATOR;
    expect(Calendar.Events.insert(meeting('Ok', '2026-11-24', 9), id).status).toBe('confirmed');
  });

  it('an ACL change invalidates the calendar sync tokens', () => {
    const { Calendar } = setup();
    const token = Calendar.Events.list('primary').nextSyncToken;
    Calendar.Acl.insert({ role: 'reader', scope: { type: 'user', value: OPERATOR } }, 'primary');
    expect(errorOf(() => Calendar.Events.list('primary', { syncToken: token })).details?.code).toBe(
      410,
    );
  });
});

describe('fake Calendar: persistence', () => {
  it('snapshot → JSON → restore gives the same observable state', () => {
    const { Calendar, kernel, service } = setup();
    const id = Calendar.Calendars.insert({ summary: 'Agenda' }).id as string;
    Calendar.Acl.insert({ role: 'reader', scope: { type: 'user', value: OPERATOR } }, id);
    Calendar.Events.insert({ ...weekly(), extendedProperties: { private: { k: 'v' } } }, id, {
      sendUpdates: 'all',
    });
    Calendar.Events.insert(
      meeting('Satu', '2026-11-24', 9, { attendees: [{ email: OPERATOR }] }),
      'primary',
      {
        sendUpdates: 'all',
      },
    );
    const token = Calendar.Events.list(id).nextSyncToken;

    const copy = new FakeCalendarService(kernel);
    copy.restore(JSON.parse(JSON.stringify(service.snapshot())));
    const Copy = copy.globals().Calendar as unknown as GoogleAppsScript.Calendar;
    const args = { singleEvents: true, orderBy: 'startTime' };
    expect(Copy.Events.list(id, args)).toEqual(Calendar.Events.list(id, args));
    expect(Copy.Events.list('primary')).toEqual(Calendar.Events.list('primary'));
    expect(Copy.Acl.list(id)).toEqual(Calendar.Acl.list(id));
    expect(copy.sentInvitations()).toEqual(service.sentInvitations());
    expect(Copy.Events.list(id, { syncToken: token }).items).toEqual([]);
    expect(copy.calendars()).toEqual(service.calendars());
  });
});
