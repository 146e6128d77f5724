import { ADMIN, errorOf, meeting, OPERATOR, OUTSIDER, setup } from './calendar-setup';

describe('fake Calendar: events', () => {
  it('insert assigns the server fields and get returns the same event', () => {
    const { Calendar } = setup();
    const created = Calendar.Events.insert(
      meeting('Rapat Koordinasi', '2026-11-24', 9, { location: 'Ruang Rapat Bupati' }),
      'primary',
    );
    expect(created.id).toMatch(/^[a-v0-9]{5,}$/);
    expect(created).toMatchObject({
      kind: 'calendar#event',
      status: 'confirmed',
      iCalUID: `${created.id}@google.com`,
      sequence: 0,
      creator: { email: ADMIN, self: true },
      organizer: { email: ADMIN, self: true },
      start: { dateTime: '2026-11-24T09:00:00+07:00' },
      end: { dateTime: '2026-11-24T10:00:00+07:00' },
      reminders: { useDefault: true },
      created: '2026-11-23T01:00:00.000Z',
      updated: '2026-11-23T01:00:00.000Z',
    });
    expect(created.etag).toMatch(/^".+"$/);
    expect(created.htmlLink).toMatch(/^https:\/\/www\.google\.com\/calendar\/event\?eid=/);
    expect(Calendar.Events.get(ADMIN, created.id as string)).toEqual(created);
  });

  it('writes times in the calendar zone whatever offset they came in', () => {
    const { Calendar } = setup();
    const created = Calendar.Events.insert(
      { start: { dateTime: '2026-11-24T02:00:00Z' }, end: { dateTime: '2026-11-24T03:30:00Z' } },
      'primary',
    );
    expect(created.start?.dateTime).toBe('2026-11-24T09:00:00+07:00');
    expect(created.end?.dateTime).toBe('2026-11-24T10:30:00+07:00');
  });

  it('round-trips extended properties and patch merges them key by key', () => {
    const { Calendar } = setup();
    const created = Calendar.Events.insert(
      meeting('Upacara', '2026-11-25', 7, {
        extendedProperties: {
          private: { agendaId: 'AG-001', agendaStatus: 'draft', pic: 'Budi' },
          shared: { unit: 'PROKOPIM' },
        },
      }),
      'primary',
    );
    const id = created.id as string;
    expect(Calendar.Events.get('primary', id).extendedProperties).toEqual({
      private: { agendaId: 'AG-001', agendaStatus: 'draft', pic: 'Budi' },
      shared: { unit: 'PROKOPIM' },
    });

    const patched = Calendar.Events.patch(
      { extendedProperties: { private: { agendaStatus: 'verified', pic: null } } } as never,
      'primary',
      id,
    );
    expect(patched.extendedProperties).toEqual({
      private: { agendaId: 'AG-001', agendaStatus: 'verified' },
      shared: { unit: 'PROKOPIM' },
    });
    expect(patched.summary).toBe('Upacara');
    expect(patched.sequence).toBe(0); // no time change: not a significant change

    const moved = Calendar.Events.patch(
      {
        start: { dateTime: '2026-11-25T08:00:00+07:00' },
        end: { dateTime: '2026-11-25T09:00:00+07:00' },
      },
      'primary',
      id,
    );
    expect(moved.sequence).toBe(1);
    expect(moved.extendedProperties?.private?.agendaId).toBe('AG-001');
  });

  it('update replaces the event: fields left out are gone', () => {
    const { Calendar } = setup();
    const created = Calendar.Events.insert(
      meeting('A', '2026-11-25', 9, {
        description: 'x',
        extendedProperties: { private: { a: '1' } },
      }),
      'primary',
    );
    const updated = Calendar.Events.update(
      meeting('B', '2026-11-25', 10),
      'primary',
      created.id as string,
    );
    expect(updated.summary).toBe('B');
    expect(updated.description).toBeUndefined();
    expect(updated.extendedProperties).toBeUndefined();
    expect(updated.id).toBe(created.id);
    expect(updated.created).toBe(created.created);
  });

  it('applies the documented extended-property limits', () => {
    const { Calendar } = setup();
    const longKey = 'k'.repeat(45);
    const created = Calendar.Events.insert(
      meeting('Limits', '2026-11-25', 9, {
        extendedProperties: {
          private: { [longKey]: 'dropped', long: 'v'.repeat(1500), ok: 'yes' },
        },
      }),
      'primary',
    );
    const priv = created.extendedProperties?.private ?? {};
    expect(Object.keys(priv).sort()).toEqual(['long', 'ok']);
    expect(priv.long).toHaveLength(1024);

    const many = Object.fromEntries(Array.from({ length: 301 }, (_, i) => [`p${i}`, 'x']));
    const error = errorOf(() =>
      Calendar.Events.insert(
        meeting('Too many', '2026-11-25', 9, { extendedProperties: { private: many } }),
        'primary',
      ),
    );
    expect(error.details?.code).toBe(400);
  });

  it('validates colorId against the 11 event colours and returns the API palette', () => {
    const { Calendar } = setup();
    const ok = Calendar.Events.insert(
      meeting('Warna', '2026-11-25', 9, { colorId: 11 as never }),
      'primary',
    );
    expect(ok.colorId).toBe('11');
    const error = errorOf(() =>
      Calendar.Events.insert(meeting('Warna', '2026-11-25', 9, { colorId: '12' }), 'primary'),
    );
    expect(error.message).toMatch(/^API call to calendar\.events\.insert failed with error: /);
    expect(error.kind).toBe('INVALID_ARGUMENT');
    const colors = Calendar.Colors.get() as { event: Record<string, { background: string }> };
    expect(Object.keys(colors.event)).toHaveLength(11);
    expect(colors.event['1']?.background).toBe('#a4bdfc');
    expect(colors.event['11']?.background).toBe('#dc2127');
  });

  it('rejects what the API rejects, with its messages', () => {
    const { Calendar } = setup();
    expect(
      errorOf(() =>
        Calendar.Events.insert(
          {
            start: { dateTime: '2026-11-25T10:00:00+07:00' },
            end: { dateTime: '2026-11-25T09:00:00+07:00' },
          },
          'primary',
        ),
      ).message,
    ).toContain('The specified time range is empty.');
    expect(
      errorOf(() =>
        Calendar.Events.insert({ start: { dateTime: '2026-11-25T10:00:00+07:00' } }, 'primary'),
      ).message,
    ).toContain('Missing end time.');
    expect(
      errorOf(() =>
        Calendar.Events.insert(
          { ...meeting('R', '2026-11-25', 9), recurrence: ['RRULE:FREQ=WEEKLY;COUNT=3'] },
          'primary',
        ),
      ).message,
    ).toContain('Missing time zone definition for start time.');
    expect(
      errorOf(() =>
        Calendar.Events.insert(
          { start: { dateTime: '2026-11-25T10:00:00' }, end: { dateTime: '2026-11-25T11:00:00' } },
          'primary',
        ),
      ).message,
    ).toContain('Missing time zone definition for start time.');
  });

  it('client-chosen ids make inserts idempotent: a second insert is a 409', () => {
    const { Calendar } = setup();
    Calendar.Events.insert({ ...meeting('Once', '2026-11-25', 9), id: 'agenda00001' }, 'primary');
    const error = errorOf(() =>
      Calendar.Events.insert(
        { ...meeting('Twice', '2026-11-25', 9), id: 'agenda00001' },
        'primary',
      ),
    );
    expect(error.details?.code).toBe(409);
    expect(error.message).toContain('The requested identifier already exists.');
    expect(
      errorOf(() =>
        Calendar.Events.insert({ ...meeting('Bad', '2026-11-25', 9), id: 'UPPER_case' }, 'primary'),
      ).details?.code,
    ).toBe(400);
  });

  it('remove cancels the event: get still shows it, list only with showDeleted, a second remove is 410', () => {
    const { Calendar, service } = setup();
    const id = Calendar.Events.insert(meeting('Batal', '2026-11-25', 9), 'primary').id as string;
    Calendar.Events.remove('primary', id);
    expect(Calendar.Events.get('primary', id).status).toBe('cancelled');
    expect(Calendar.Events.list('primary').items).toEqual([]);
    const deleted = Calendar.Events.list('primary', { showDeleted: true }).items ?? [];
    expect(deleted.map((e) => [e.id, e.status])).toEqual([[id, 'cancelled']]);
    expect(errorOf(() => Calendar.Events.remove('primary', id)).details?.code).toBe(410);
    expect(service.events(ADMIN)).toHaveLength(1);
    expect(errorOf(() => Calendar.Events.get('primary', 'nosuchevent')).message).toBe(
      'API call to calendar.events.get failed with error: Not Found',
    );
  });

  it('records the invitations sendUpdates would send', () => {
    const { Calendar, service } = setup();
    const attendees = [{ email: 'bupati@bangka.go.id' }, { email: OUTSIDER }];
    const silent = Calendar.Events.insert(
      meeting('Diam', '2026-11-25', 9, { attendees }),
      'primary',
    );
    expect(service.sentInvitations()).toEqual([]);
    expect(silent.attendees?.[0]?.responseStatus).toBe('needsAction');

    const ev = Calendar.Events.insert(
      meeting('Undangan', '2026-11-26', 9, { attendees }),
      'primary',
      {
        sendUpdates: 'all',
      },
    );
    expect(service.sentInvitations().map((i) => [i.kind, i.to])).toEqual([
      ['invitation', 'bupati@bangka.go.id'],
      ['invitation', OUTSIDER],
    ]);
    expect(Object.prototype.toString.call(service.sentInvitations()[0]?.sentAt)).toBe(
      '[object Date]',
    );

    Calendar.Events.patch(
      { attendees: [{ email: OUTSIDER }, { email: 'sekda@bangka.go.id' }] },
      'primary',
      ev.id as string,
      {
        sendUpdates: 'externalOnly',
      },
    );
    expect(
      service
        .sentInvitations()
        .slice(2)
        .map((i) => [i.kind, i.to]),
    ).toEqual([['update', OUTSIDER]]);
  });

  it('lets a fault injected on a method reach the caller', () => {
    const { Calendar, kernel } = setup();
    kernel.injectFault({ method: 'Calendar.Events.insert', nth: 1, error: 'SERVICE_UNAVAILABLE' });
    expect(() => Calendar.Events.insert(meeting('X', '2026-11-25', 9), 'primary')).toThrow(
      'Service unavailable: Calendar.',
    );
    expect(Calendar.Events.list('primary').items).toEqual([]);
    expect(kernel.count('Calendar.Events.insert')).toBe(1);
    expect(kernel.count('Calendar.Events.list')).toBe(1);
  });

  it('counts inserts against the daily quota', () => {
    const { Calendar, service } = setup();
    service.setDailyInsertLimit(2);
    Calendar.Events.insert(meeting('1', '2026-11-25', 9), 'primary');
    Calendar.Events.insert(meeting('2', '2026-11-25', 10), 'primary');
    const error = errorOf(() => Calendar.Events.insert(meeting('3', '2026-11-25', 11), 'primary'));
    expect(error.kind).toBe('QUOTA_DAY');
    expect(error.message).toContain('Calendar usage limits exceeded.');
  });

  it('gives every user a primary calendar named by their address', () => {
    const { Calendar, kernel } = setup();
    expect(Calendar.Calendars.get('primary')).toMatchObject({
      id: ADMIN,
      timeZone: 'Asia/Jakarta',
    });
    kernel.activeUser = OPERATOR;
    const list = Calendar.CalendarList.list().items ?? [];
    expect(list.map((c) => [c.id, c.accessRole, c.primary])).toEqual([[OPERATOR, 'owner', true]]);
  });
});
