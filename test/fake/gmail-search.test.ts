import { FakeGmailService } from '../../dev/fake/gmail';
import { FakeKernel } from '../../dev/fake/kernel';

const COORD = 'koordinator@bangka.go.id';

function setup() {
  const kernel = new FakeKernel('2026-11-23T01:00:00.000Z');
  kernel.activeUser = COORD;
  const gmail = new FakeGmailService(kernel);
  const GmailApp = gmail.globals().GmailApp as unknown as GoogleAppsScript.Gmail.GmailApp;
  return { kernel, gmail, GmailApp };
}

const subjects = (threads: GoogleAppsScript.Gmail.GmailThread[]) =>
  threads.map((t) => t.getFirstMessageSubject());

describe('fake GmailApp.search', () => {
  function inbox() {
    const ctx = setup();
    const { gmail, GmailApp } = ctx;
    const put = (subject: string, from: string, date: string, extra = {}) =>
      gmail.deliver({ to: COORD, from, subject, plainBody: `Isi ${subject}`, date, ...extra });
    put(
      'Laporan Harian Dinas Kominfo 2026-11-20',
      'Kominfo <kominfo@bangka.go.id>',
      '2026-11-20T02:00:00Z',
    );
    put(
      'Laporan Harian Dinas Kesehatan 2026-11-21',
      'dinkes@bangka.go.id',
      '2026-11-21T02:00:00Z',
      {
        attachments: [{ name: 'rekap.pdf', contentType: 'application/pdf', data: '%PDF-1.4' }],
      },
    );
    put('Undangan rapat', 'Sekda <sekda@bangka.go.id>', '2026-11-22T02:00:00Z', {
      htmlBody: '<p>Mohon <b>hadir</b> tepat waktu</p>',
      plainBody: undefined,
    });
    put('Promo', 'shop@example.com', '2026-11-22T03:00:00Z');
    const label = GmailApp.createLabel('Laporan/Diproses');
    label.addToThread(
      GmailApp.search('subject:"Dinas Kominfo"')[0] as GoogleAppsScript.Gmail.GmailThread,
    );
    return ctx;
  }

  it('returns newest threads first and picks exactly the right ones per operator', () => {
    const { GmailApp } = inbox();
    expect(subjects(GmailApp.search(''))).toEqual([
      'Promo',
      'Undangan rapat',
      'Laporan Harian Dinas Kesehatan 2026-11-21',
      'Laporan Harian Dinas Kominfo 2026-11-20',
    ]);
    expect(subjects(GmailApp.search('subject:"laporan harian"'))).toEqual([
      'Laporan Harian Dinas Kesehatan 2026-11-21',
      'Laporan Harian Dinas Kominfo 2026-11-20',
    ]);
    expect(subjects(GmailApp.search('subject:laporan -label:laporan/diproses'))).toEqual([
      'Laporan Harian Dinas Kesehatan 2026-11-21',
    ]);
    expect(subjects(GmailApp.search('label:laporan-diproses'))).toEqual([
      'Laporan Harian Dinas Kominfo 2026-11-20',
    ]);
    expect(subjects(GmailApp.search('from:kominfo@bangka.go.id'))).toEqual([
      'Laporan Harian Dinas Kominfo 2026-11-20',
    ]);
    expect(subjects(GmailApp.search('from:sekda'))).toEqual(['Undangan rapat']);
    expect(subjects(GmailApp.search('from:bangka.go.id has:attachment'))).toEqual([
      'Laporan Harian Dinas Kesehatan 2026-11-21',
    ]);
    expect(subjects(GmailApp.search('filename:pdf'))).toEqual([
      'Laporan Harian Dinas Kesehatan 2026-11-21',
    ]);
    expect(subjects(GmailApp.search('hadir'))).toEqual(['Undangan rapat']); // word in the HTML body
    expect(subjects(GmailApp.search('hadi'))).toEqual([]); // whole words only
    expect(subjects(GmailApp.search('to:me -from:example.com is:unread in:inbox'))).toHaveLength(3);
    expect(subjects(GmailApp.search('{from:sekda from:dinkes}'))).toHaveLength(2);
    expect(subjects(GmailApp.search('from:sekda OR from:dinkes'))).toHaveLength(2);
    expect(subjects(GmailApp.search('subject:2026-11-21'))).toEqual([
      'Laporan Harian Dinas Kesehatan 2026-11-21',
    ]);
  });

  it('reads after:/before: dates as midnight PST and epoch seconds exactly', () => {
    const { GmailApp } = inbox();
    // 2026/11/21 00:00 PST = 08:00 UTC: the 02:00 UTC message of the 21st is before it.
    expect(subjects(GmailApp.search('after:2026/11/21 before:2026/11/22'))).toEqual([
      'Promo',
      'Undangan rapat',
    ]);
    expect(subjects(GmailApp.search('after:2026/11/20 before:2026/11/21'))).toEqual([
      'Laporan Harian Dinas Kesehatan 2026-11-21',
    ]);
    const epoch = Date.parse('2026-11-21T02:00:00Z') / 1000;
    expect(subjects(GmailApp.search(`after:${epoch} before:${epoch + 1}`))).toEqual([
      'Laporan Harian Dinas Kesehatan 2026-11-21',
    ]);
    expect(subjects(GmailApp.search('newer_than:1d'))).toEqual(['Promo', 'Undangan rapat']);
    expect(subjects(GmailApp.search('older_than:1d'))).toHaveLength(2);
  });

  it('leaves Trash out unless asked, and pages with start/max', () => {
    const { GmailApp } = inbox();
    const promo = GmailApp.search('from:shop@example.com')[0] as GoogleAppsScript.Gmail.GmailThread;
    promo.moveToTrash();
    expect(GmailApp.search('from:shop@example.com')).toEqual([]);
    expect(subjects(GmailApp.search('in:trash'))).toEqual(['Promo']);
    expect(subjects(GmailApp.search('', 1, 2))).toEqual([
      'Laporan Harian Dinas Kesehatan 2026-11-21',
      'Laporan Harian Dinas Kominfo 2026-11-20',
    ]);
    expect(() => GmailApp.search('', 0, 501)).toThrow('Invalid argument');
  });

  it('lets an injected fault reach the caller', () => {
    const { GmailApp, kernel } = setup();
    kernel.injectFault({ method: 'GmailApp.search', nth: 1, error: 'SERVICE_UNAVAILABLE' });
    expect(() => GmailApp.search('label:x')).toThrow('Service unavailable: GmailApp.');
    expect(GmailApp.search('label:x')).toEqual([]);
    expect(kernel.pendingFaults()).toEqual([]);
  });

  it('searches 10,000 messages in 2,000 threads without going quadratic', () => {
    const { gmail, GmailApp, kernel } = setup();
    const label = GmailApp.createLabel('Diproses');
    const t0 = Date.now();
    for (let t = 0; t < 2000; t++) {
      const first = gmail.deliver({
        to: COORD,
        from: `unit${t % 50}@bangka.go.id`,
        subject: `Laporan Harian unit ${t % 50} hari ${t}`,
        plainBody: `Ringkasan kegiatan ${t}`,
        date: Date.parse('2026-01-01T00:00:00Z') + t * 3_600_000,
        messageId: `<m${t}@bangka.go.id>`,
        ...(t % 4 === 0 ? { labels: ['Diproses'] } : {}),
      });
      for (let r = 1; r < 5; r++) {
        gmail.deliver({
          to: COORD,
          from: `unit${t % 50}@bangka.go.id`,
          subject: `Re: Laporan Harian unit ${t % 50} hari ${t}`,
          plainBody: `Balasan ${r}`,
          date: Date.parse('2026-01-01T00:00:00Z') + t * 3_600_000 + r * 60_000,
          inReplyTo: `<m${t}@bangka.go.id>`,
        });
      }
      expect(first.threadId).toBeDefined();
    }
    const ingestMs = Date.now() - t0;
    expect(gmail.mailbox(COORD)).toHaveLength(2000);
    const t1 = Date.now();
    for (let i = 0; i < 20; i++) {
      const page = GmailApp.search(
        `from:unit${i}@bangka.go.id -label:diproses subject:"laporan harian"`,
        0,
        100,
      );
      expect(page.length).toBeGreaterThan(0);
    }
    const searchMs = Date.now() - t1;
    expect(GmailApp.search('label:diproses', 0, 500)).toHaveLength(500);
    expect(label.getThreads(0, 10)).toHaveLength(10);
    expect(ingestMs).toBeLessThan(5000);
    expect(searchMs).toBeLessThan(5000);
    expect(kernel.count('GmailApp.search')).toBe(21);
  });
});
