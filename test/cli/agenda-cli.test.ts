/**
 * `npm run --silent agenda -- conflicts …` as an analyst runs it (here: tsx on the same file):
 * iCalendar exports from Google Calendar and Outlook in test/fixtures/ics/, JSON clashes on
 * stdout, exit code 2 and an Indonesian message naming the flag or field on stderr.
 * Times in the output carry the --tz offset, default Asia/Jakarta (+07:00).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const FIXTURES = 'test/fixtures/ics';

// Each case spawns Node; expansion itself is fast, the timeout only covers a slow machine.
jest.setTimeout(60_000);

function agenda(args: string[], stdin = '') {
  const run = spawnSync(TSX, ['src/cli/agenda.ts', ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
    timeout: 50_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Out {
  a: { uid: string; start: string };
  b: { uid: string; start: string };
  start: string;
  end: string;
  kind: string;
}

/** Runs a command expected to succeed and returns the parsed clashes. */
function conflicts(file: string, from: string, to: string, ...extra: string[]): Out[] {
  const { code, stdout, stderr } = agenda(
    ['conflicts', '--ics', file, '--from', from, '--to', to, ...extra],
    '',
  );
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

/** Pairs as "uidA@start ~ uidB@start kind", easier to read in a failing diff. */
const pairs = (out: Out[]) =>
  out.map((c) => `${c.a.uid} ${c.a.start} ~ ${c.b.uid} ${c.b.start} ${c.kind}`);

const uids = (out: Out[]) => new Set(out.flatMap((c) => [c.a.uid, c.b.uid]));

/** A minimal calendar on stdin, CRLF as RFC 5545 writes it. */
const calendar = (...events: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//SPBE Workspace//test//ID',
    ...events.map((e) => `BEGIN:VEVENT\n${e.trim()}\nEND:VEVENT`),
    'END:VCALENDAR',
    '',
  ]
    .join('\n')
    .replace(/\n/g, '\r\n');

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'agenda-cli-')), name);
  writeFileSync(path, content);
  return path;
}

describe('agenda conflicts: Google Calendar export', () => {
  const google = `${FIXTURES}/google-weekly.ics`;

  it('expands the weekly RRULE, honours EXDATE and the RECURRENCE-ID overrides', () => {
    const out = conflicts(google, '2024-05-06', '2024-06-03');
    expect(out).toEqual([
      {
        a: { uid: 'rapat-mingguan@google.com', start: '2024-05-06T09:00:00+07:00' },
        b: { uid: 'sambutan-utc@google.com', start: '2024-05-06T09:30:00+07:00' },
        start: '2024-05-06T09:30:00+07:00',
        end: '2024-05-06T10:00:00+07:00',
        kind: 'overlap',
      },
      {
        // The 20 May occurrence was moved from 09.00 to 14.00, onto the audiensi.
        a: { uid: 'rapat-mingguan@google.com', start: '2024-05-20T14:00:00+07:00' },
        b: { uid: 'audiensi@google.com', start: '2024-05-20T14:30:00+07:00' },
        start: '2024-05-20T14:30:00+07:00',
        end: '2024-05-20T15:00:00+07:00',
        kind: 'overlap',
      },
    ]);
    const involved = uids(out);
    // 13 May is an EXDATE; the upacara in its slot is free.
    expect(involved.has('upacara-hari-jadi@google.com')).toBe(false);
    // The moved 20 May and 27 May occurrences no longer meet what sits in their old slots.
    expect(involved.has('briefing@google.com')).toBe(false);
    expect(involved.has('kunjungan@google.com')).toBe(false);
  });

  it('compares a TZID=Asia/Jakarta event with a UTC one by instant, and prints in --tz', () => {
    expect(conflicts(google, '2024-05-06', '2024-05-07')).toEqual([
      {
        a: { uid: 'rapat-mingguan@google.com', start: '2024-05-06T09:00:00+07:00' },
        b: { uid: 'sambutan-utc@google.com', start: '2024-05-06T09:30:00+07:00' },
        start: '2024-05-06T09:30:00+07:00',
        end: '2024-05-06T10:00:00+07:00',
        kind: 'overlap',
      },
    ]);
    const utc = conflicts(google, '2024-05-06T00:00:00+07:00', '2024-05-07', '--tz', 'UTC');
    expect(utc.map((c) => [c.a.start, c.b.start, c.start, c.end])).toEqual([
      [
        '2024-05-06T02:00:00Z',
        '2024-05-06T02:30:00Z',
        '2024-05-06T02:30:00Z',
        '2024-05-06T03:00:00Z',
      ],
    ]);
  });

  it('keeps occurrences that intersect [from, to): the end is exclusive, so is the start', () => {
    // From 09.45 both 6 May events still run: the clash is reported.
    expect(pairs(conflicts(google, '2024-05-06T09:45:00+07:00', '2024-05-07'))).toHaveLength(1);
    // From 10.00 the rapat (09.00–10.00) has ended: nothing left to clash with.
    expect(conflicts(google, '2024-05-06T10:00:00+07:00', '2024-05-07')).toEqual([]);
    // Up to 14.30 on 20 May: the moved rapat (14.00) is in, the audiensi (14.30) is not.
    expect(conflicts(google, '2024-05-20', '2024-05-20T14:30:00+07:00')).toEqual([]);
    expect(pairs(conflicts(google, '2024-05-20', '2024-05-20T14:31:00+07:00'))).toEqual([
      'rapat-mingguan@google.com 2024-05-20T14:00:00+07:00 ~ audiensi@google.com 2024-05-20T14:30:00+07:00 overlap',
    ]);
    // A window in July still expands the open-ended weekly rule, but meets nothing.
    expect(conflicts(google, '2024-07-01', '2024-07-31')).toEqual([]);
  });
});

describe('agenda conflicts: what never clashes', () => {
  it('ignores all-day, cancelled and transparent events and events that only touch', () => {
    const out = conflicts(`${FIXTURES}/misc.ics`, '2024-05-06', '2024-05-08');
    // The one real clash: 13.00–14.00 WIB against 14.30 WITA (13.30 WIB), a TZID without a
    // VTIMEZONE that is still a known IANA zone.
    expect(pairs(out)).toEqual([
      'siang@example.id 2024-05-06T13:00:00+07:00 ~ makassar@example.id 2024-05-06T13:30:00+07:00 overlap',
    ]);
  });

  it('reads the same calendar from stdin with --ics -', () => {
    const stdin = calendar(
      'UID:pagi\nDTSTART:20240506T010000Z\nDTEND:20240506T020000Z',
      'UID:tepat-sesudah\nDTSTART:20240506T020000Z\nDTEND:20240506T030000Z',
      'UID:satu-jam-penuh\nDTSTART;VALUE=DATE:20240506\nDTEND;VALUE=DATE:20240507',
      'UID:batal\nSTATUS:CANCELLED\nDTSTART:20240506T013000Z\nDTEND:20240506T023000Z',
      'UID:bebas\nTRANSP:TRANSPARENT\nDTSTART:20240506T013000Z\nDTEND:20240506T023000Z',
      'UID:sesaat\nDTSTART:20240506T013000Z',
    );
    const { code, stdout, stderr } = agenda(
      ['conflicts', '--ics', '-', '--from', '2024-05-06', '--to', '2024-05-07'],
      stdin,
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it('keeps a cancelled override out while the rest of the series still clashes', () => {
    const stdin = calendar(
      [
        'UID:harian',
        'DTSTART;TZID=Asia/Jakarta:20240506T090000',
        'DTEND;TZID=Asia/Jakarta:20240506T100000',
        'RRULE:FREQ=DAILY;COUNT=3',
      ].join('\n'),
      [
        'UID:harian',
        'RECURRENCE-ID;TZID=Asia/Jakarta:20240507T090000',
        'DTSTART;TZID=Asia/Jakarta:20240507T090000',
        'DTEND;TZID=Asia/Jakarta:20240507T100000',
        'STATUS:CANCELLED',
      ].join('\n'),
      'UID:lain\nDTSTART:20240505T020000Z\nDTEND:20240505T023000Z\nRRULE:FREQ=DAILY',
    );
    const { code, stdout } = agenda(
      ['conflicts', '--ics', '-', '--from', '2024-05-01', '--to', '2024-05-31'],
      stdin,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((c: Out) => c.a.start)).toEqual([
      '2024-05-06T09:00:00+07:00',
      '2024-05-08T09:00:00+07:00',
    ]);
  });
});

describe('agenda conflicts: Outlook export', () => {
  it('reads Windows zone names from the VTIMEZONEs, including the European DST rule', () => {
    const out = conflicts(`${FIXTURES}/outlook.ics`, '2024-05-06', '2024-05-13');
    const rakor =
      '040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DA01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56';
    const belanda =
      '040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DA01000000000000000010000000BC23DE45FA67BC89DE01FA23BC45DE67';
    const bimtek =
      '040000008200E00074C5B7101A82E00800000000C2D3E4F5A6B7DA01000000000000000010000000CD34EF56AB78CD90EF12AB34CD56EF78';
    expect(out).toEqual([
      {
        // 10.30 CEST (UTC+2, summer) is 15.30 WIB; with the winter offset it would miss.
        a: { uid: rakor, start: '2024-05-07T15:00:00+07:00' },
        b: { uid: belanda, start: '2024-05-07T15:30:00+07:00' },
        start: '2024-05-07T15:30:00+07:00',
        end: '2024-05-07T16:00:00+07:00',
        kind: 'overlap',
      },
      {
        a: { uid: bimtek, start: '2024-05-09T10:00:00+07:00' },
        b: { uid: 'wawancara-evaluator@example.go.id', start: '2024-05-09T10:30:00+07:00' },
        start: '2024-05-09T10:30:00+07:00',
        end: '2024-05-09T11:00:00+07:00',
        kind: 'overlap',
      },
    ]);
    // COUNT=3 ends the Bimtek on 10 May; the kerja bakti on 11 May is free.
    expect(uids(out).has('kerja-bakti@example.go.id')).toBe(false);
  });

  it('maps Windows zone names when the file carries no VTIMEZONE', () => {
    expect(
      pairs(conflicts(`${FIXTURES}/outlook-no-vtimezone.ics`, '2024-05-07', '2024-05-08')),
    ).toEqual([
      'rakor-tanpa-vtimezone@example.go.id 2024-05-07T15:00:00+07:00 ~ rapat-wita@example.go.id 2024-05-07T15:30:00+07:00 overlap',
    ]);
  });
});

describe('agenda conflicts: recurrence limits', () => {
  it('expands an open-ended RRULE only up to --to, years after DTSTART', () => {
    const stdin = calendar(
      [
        'UID:harian-sejak-2000',
        'DTSTART;TZID=Asia/Jakarta:20000103T080000',
        'DTEND;TZID=Asia/Jakarta:20000103T090000',
        'RRULE:FREQ=DAILY',
      ].join('\n'),
      'UID:sekali\nDTSTART;TZID=Asia/Jakarta:20300107T083000\nDTEND;TZID=Asia/Jakarta:20300107T093000',
    );
    const { code, stdout } = agenda(
      ['conflicts', '--ics', '-', '--from', '2030-01-07', '--to', '2030-01-08'],
      stdin,
    );
    expect(code).toBe(0);
    expect(pairs(JSON.parse(stdout))).toEqual([
      'harian-sejak-2000 2030-01-07T08:00:00+07:00 ~ sekali 2030-01-07T08:30:00+07:00 overlap',
    ]);
  });

  it('survives a rule no date can satisfy (ical.js would loop forever on it)', () => {
    const stdin = calendar(
      'UID:mustahil\nDTSTART:20240101T020000Z\nDURATION:PT1H\nRRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
      'UID:lain\nDTSTART:20240101T023000Z\nDURATION:PT1H',
    );
    const { code, stdout } = agenda(
      ['conflicts', '--ics', '-', '--from', '2024-01-01', '--to', '2025-01-01'],
      stdin,
    );
    expect(code).toBe(0);
    // DTSTART still counts as the first occurrence.
    expect(pairs(JSON.parse(stdout))).toEqual([
      'mustahil 2024-01-01T09:00:00+07:00 ~ lain 2024-01-01T09:30:00+07:00 overlap',
    ]);
  });

  it('refuses a rule that would need too many dates before --to, instead of hanging', () => {
    const stdin = calendar(
      'UID:tiap-detik\nDTSTART:20240101T000000Z\nDURATION:PT1S\nRRULE:FREQ=SECONDLY',
    );
    const { code, stdout, stderr } = agenda(
      ['conflicts', '--ics', '-', '--from', '2024-03-01', '--to', '2024-03-02'],
      stdin,
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('VEVENT UID "tiap-detik": RRULE menghasilkan lebih dari');
  });
});

describe('agenda conflicts --rules', () => {
  const events = `${FIXTURES}/rules-events.ics`;
  const rules = `${FIXTURES}/rules-pimpinan.json`;

  it('reports travel, buffer and venue clashes per the rules file', () => {
    expect(conflicts(events, '2024-05-08', '2024-05-09', '--rules', rules)).toEqual([
      {
        // Genteng → Banyuwangi takes 45 minutes; 15 are left (travel beats the upacara buffer).
        a: { uid: 'upacara-genteng@example.go.id', start: '2024-05-08T07:00:00+07:00' },
        b: { uid: 'rakor-camat@example.go.id', start: '2024-05-08T08:15:00+07:00' },
        start: '2024-05-08T08:00:00+07:00',
        end: '2024-05-08T08:15:00+07:00',
        kind: 'travel',
      },
      {
        // Same pendopo, 10 minutes between two rapat that want 15 after.
        a: { uid: 'rapat-evaluasi@example.go.id', start: '2024-05-08T10:00:00+07:00' },
        b: { uid: 'rapat-anggaran@example.go.id', start: '2024-05-08T11:10:00+07:00' },
        start: '2024-05-08T11:00:00+07:00',
        end: '2024-05-08T11:10:00+07:00',
        kind: 'buffer',
      },
      {
        // "Aula Timur" and "AULA  TIMUR": one room, two events, no leader in common.
        a: { uid: 'pembinaan-pkk@example.go.id', start: '2024-05-08T13:00:00+07:00' },
        b: { uid: 'sosialisasi-sekda@example.go.id', start: '2024-05-08T13:30:00+07:00' },
        start: '2024-05-08T13:30:00+07:00',
        end: '2024-05-08T14:00:00+07:00',
        kind: 'venue',
      },
    ]);
  });

  it('gives unmatched events to defaultLeader (a declined invitation is not a match)', () => {
    const raw = JSON.parse(readFileSync(join(ROOT, rules), 'utf8')) as Record<string, unknown>;
    const withDefault = tempFile(
      'aturan.json',
      JSON.stringify({ ...raw, defaultLeader: 'Bupati', venue: false }),
    );
    expect(pairs(conflicts(events, '2024-05-08', '2024-05-09', '--rules', withDefault))).toEqual([
      'upacara-genteng@example.go.id 2024-05-08T07:00:00+07:00 ~ rakor-camat@example.go.id 2024-05-08T08:15:00+07:00 travel',
      'rapat-evaluasi@example.go.id 2024-05-08T10:00:00+07:00 ~ peresmian-ditolak@example.go.id 2024-05-08T10:30:00+07:00 overlap',
      'rapat-evaluasi@example.go.id 2024-05-08T10:00:00+07:00 ~ rapat-anggaran@example.go.id 2024-05-08T11:10:00+07:00 buffer',
    ]);
  });

  it('without "leaders" keeps one leader for all events and adds the default buffer', () => {
    const onlyBuffer = tempFile(
      'jeda.json',
      JSON.stringify({ buffers: { '*': { before: 0, after: 15 } } }),
    );
    const out = conflicts(
      `${FIXTURES}/misc.ics`,
      '2024-05-06',
      '2024-05-07',
      '--rules',
      onlyBuffer,
    );
    expect(pairs(out)).toEqual([
      'pagi@example.id 2024-05-06T08:00:00+07:00 ~ menyambung@example.id 2024-05-06T09:00:00+07:00 buffer',
      'siang@example.id 2024-05-06T13:00:00+07:00 ~ makassar@example.id 2024-05-06T13:30:00+07:00 overlap',
    ]);
  });

  it.each([
    ['[]', '--rules: berkas aturan harus objek JSON'],
    ['{"leader": []}', 'rules.leader: kunci tidak dikenal'],
    ['{"leaders": [{"id": "Bupati"}]}', 'rules.leaders[0]: isi minimal satu kriteria'],
    ['{"leaders": [{"id": "", "summary": "x"}]}', 'rules.leaders[0].id: harus teks'],
    ['{"leaders": [{"id": "B", "summary": "(("}]}', 'rules.leaders[0].summary: ekspresi reguler'],
    [
      '{"leaders": [{"id": "B", "categories": "Bupati"}]}',
      'rules.leaders[0].categories: harus daftar',
    ],
    [
      '{"activityTypes": [{"id": "rapat", "summary": "^rapat"}], "buffers": {"rapat": {"before": -5}}}',
      'rules.buffers.rapat.before: harus angka menit ≥ 0, bukan -5.',
    ],
    [
      '{"buffers": {"rapat": {"before": 5}}}',
      'rules.buffers.rapat: jenis kegiatan "rapat" tidak ada',
    ],
    [
      '{"kecamatan": [{"id": "Genteng", "location": "genteng"}], "travel": {"Genteng": {"Gentng": 10}}}',
      'rules.travel.Genteng.Gentng: kecamatan "Gentng" tidak ada',
    ],
    ['{"venue": "ya"}', 'rules.venue: harus true atau false.'],
    ['{"venueIgnore": "[zoom"}', 'rules.venueIgnore: ekspresi reguler tidak valid'],
    ['{"leaders": ', '--rules: JSON tidak valid'],
  ])('rejects the rules file %s with exit 2 and the field named', (json, message) => {
    const file = tempFile('aturan.json', json);
    const { code, stdout, stderr } = agenda([
      'conflicts',
      '--ics',
      `${FIXTURES}/misc.ics`,
      '--from',
      '2024-05-06',
      '--to',
      '2024-05-07',
      '--rules',
      file,
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });
});

describe('agenda conflicts: bad input', () => {
  const window = ['--from', '2024-05-06', '--to', '2024-05-07'];

  it.each([
    [
      ['--ics', `${FIXTURES}/garbage.ics`, ...window],
      '',
      '--ics: bukan berkas iCalendar; baris pertama harus BEGIN:VCALENDAR',
    ],
    [
      ['--ics', `${FIXTURES}/unterminated.ics`, ...window],
      '',
      '--ics: berkas iCalendar tidak valid: ada BEGIN tanpa END',
    ],
    [
      ['--ics', '-', ...window],
      'BEGIN:VCALENDAR\r\nini bukan baris iCalendar\r\nEND:VCALENDAR\r\n',
      'baris "ini bukan baris iCalendar" tidak berbentuk NAMA:NILAI',
    ],
    [['--ics', '-', ...window], '', '--ics: berkas kosong'],
    [['--ics', '-', ...window], '{"events": []}', '--ics: bukan berkas iCalendar'],
    [
      ['--ics', '-', ...window],
      calendar('UID:x\nDTSTART:besok pagi'),
      '--ics: VEVENT UID "x": nilai tidak valid',
    ],
    [
      ['--ics', '-', ...window],
      calendar('UID:x\nDTSTART;TZID=Planet/Mars:20240506T090000'),
      'TZID="Planet/Mars" tidak didefinisikan di VTIMEZONE dan tidak dikenal',
    ],
    [
      ['--ics', '-', ...window],
      calendar('UID:x\nDTSTART:20240506T020000Z\nDTEND:20240506T010000Z'),
      'DTEND lebih awal dari DTSTART',
    ],
    [
      ['--ics', '-', ...window],
      calendar('DTSTART:20240506T020000Z'),
      'VEVENT ke-1 tidak punya UID',
    ],
    [
      ['--ics', '-', ...window],
      calendar('UID:x\nDTSTART:20240101T000000Z\nRRULE:FREQ=SECONDLY;BYMONTH=12'),
      'RRULE FREQ=SECONDLY dengan BYMONTH',
    ],
    [
      ['--ics', '/tidak/ada.ics', ...window],
      '',
      '--ics: berkas "/tidak/ada.ics" tidak dapat dibaca.',
    ],
    [
      ['--ics', `${FIXTURES}/misc.ics`, '--from', 'besok', '--to', '2024-05-07'],
      '',
      '--from: isi tanggal ISO 8601',
    ],
    [
      ['--ics', `${FIXTURES}/misc.ics`, '--from', '2024-05-06', '--to', '2024-02-30'],
      '',
      '--to: isi tanggal ISO 8601',
    ],
    [
      [
        '--ics',
        `${FIXTURES}/misc.ics`,
        '--from',
        '2024-05-06',
        '--to',
        '2024-05-06T00:00:00+07:00',
      ],
      '',
      '--to: harus sesudah --from.',
    ],
    [['--ics', `${FIXTURES}/misc.ics`, '--from', '2024-05-06'], '', '--to wajib diisi.'],
    [['--ics', `${FIXTURES}/misc.ics`, ...window, '--tz', 'WIB'], '', '--tz: zona waktu "WIB"'],
  ])('exits 2 with a message on stderr and nothing on stdout (%#)', (args, stdin, message) => {
    const { code, stdout, stderr } = agenda(['conflicts', ...args], stdin);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('rejects an unknown command', () => {
    const { code, stdout, stderr } = agenda(['bentrok', '--ics', `${FIXTURES}/misc.ics`]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('perintah harus "conflicts"');
  });
});
