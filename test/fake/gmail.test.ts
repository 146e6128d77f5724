import { FakeGmailService } from '../../dev/fake/gmail';
import { FakeKernel } from '../../dev/fake/kernel';

type App = GoogleAppsScript.Gmail.GmailApp;
type Thread = GoogleAppsScript.Gmail.GmailThread;

const COORD = 'koordinator@bangka.go.id';
const UNIT = 'kominfo@bangka.go.id';
const isDate = (v: unknown) => Object.prototype.toString.call(v) === '[object Date]';

function setup(user = COORD) {
  const kernel = new FakeKernel('2026-11-23T01:00:00.000Z');
  kernel.activeUser = user;
  const gmail = new FakeGmailService(kernel);
  const GmailApp = gmail.globals().GmailApp as unknown as App;
  return { kernel, gmail, GmailApp };
}

describe('fake GmailApp: messages', () => {
  it('exposes an incoming message with Dates, addresses and headers', () => {
    const { gmail, GmailApp } = setup();
    const { messageId, threadId, rfcMessageId } = gmail.deliver({
      to: COORD,
      from: 'Dinas Kominfo <kominfo@bangka.go.id>',
      cc: 'sekda@bangka.go.id',
      subject: 'Laporan Harian 2026-11-23',
      plainBody: 'Ringkasan:\n- rapat',
      date: '2026-11-23T00:30:00Z',
      messageId: 'abc123@bangka.go.id',
      headers: { 'X-Unit': 'KOMINFO' },
    });
    const m = GmailApp.getMessageById(messageId);
    expect(m.getId()).toBe(messageId);
    expect(m.getThread().getId()).toBe(threadId);
    expect(threadId).toBe(messageId); // a thread is named by its first message, as in Gmail
    expect(m.getFrom()).toBe('Dinas Kominfo <kominfo@bangka.go.id>');
    expect(m.getTo()).toBe(COORD);
    expect(m.getCc()).toBe('sekda@bangka.go.id');
    expect(m.getReplyTo()).toBe('Dinas Kominfo <kominfo@bangka.go.id>');
    expect(isDate(m.getDate())).toBe(true);
    expect(m.getDate().toISOString()).toBe('2026-11-23T00:30:00.000Z');
    expect(m.isUnread()).toBe(true);
    expect(m.isInInbox()).toBe(true);
    expect(rfcMessageId).toBe('<abc123@bangka.go.id>');
    expect(m.getHeader('Message-ID')).toBe('<abc123@bangka.go.id>');
    expect(m.getHeader('message-id')).toBe('<abc123@bangka.go.id>');
    expect(m.getHeader('Date')).toBe('Mon, 23 Nov 2026 07:30:00 +0700');
    expect(m.getHeader('X-Unit')).toBe('KOMINFO');
    expect(m.getHeader('In-Reply-To')).toBe('');
    expect(m.getBody()).toBe('Ringkasan:<br>- rapat');
    const raw = m.getRawContent();
    expect(raw).toContain('Message-ID: <abc123@bangka.go.id>\r\n');
    expect(raw).toContain('Subject: Laporan Harian 2026-11-23\r\n');
    expect(raw).toContain('From: Dinas Kominfo <kominfo@bangka.go.id>\r\n');
    expect(isDate(GmailApp.getThreadById(threadId)?.getLastMessageDate())).toBe(true);
  });

  it('derives the plain body of an HTML-only message like Gmail', () => {
    const { gmail, GmailApp } = setup();
    const { messageId } = gmail.deliver({
      to: COORD,
      from: UNIT,
      subject: 'HTML',
      htmlBody:
        '<html><head><style>p{color:red}</style></head><body><p>Yth. Bapak &amp; Ibu,</p><p>Laporan&nbsp;hari ini:<br>1. Rapat</p><div>Salam</div></body></html>',
    });
    const m = GmailApp.getMessageById(messageId);
    expect(m.getPlainBody()).toBe('Yth. Bapak & Ibu,\n\nLaporan hari ini:\n1. Rapat\n\nSalam');
    expect(m.getBody()).toContain('<p>Yth. Bapak &amp; Ibu,</p>');
  });

  it('hands out attachments as GmailAttachments', () => {
    const { gmail, GmailApp } = setup();
    const { messageId } = gmail.deliver({
      to: COORD,
      from: UNIT,
      subject: 'Lampiran',
      plainBody: 'lihat lampiran',
      attachments: [
        { name: 'rekap.csv', contentType: 'text/csv', data: 'unit,jumlah\nkominfo,3\n' },
      ],
    });
    const [a] = GmailApp.getMessageById(messageId).getAttachments();
    expect(a?.getName()).toBe('rekap.csv');
    expect(a?.getContentType()).toBe('text/csv');
    expect(a?.getSize()).toBe(22);
    expect(a?.getDataAsString()).toBe('unit,jumlah\nkominfo,3\n');
    expect(a?.getBytes().slice(0, 4)).toEqual([117, 110, 105, 116]);
    expect(a?.copyBlob().getName()).toBe('rekap.csv');
    expect(GmailApp.getMessageById(messageId).getRawContent()).toContain('filename="rekap.csv"');
  });

  it('counts GmailAttachment calls; the blobs it hands out are detached, uncounted copies', () => {
    const { gmail, GmailApp, kernel } = setup();
    const { messageId } = gmail.deliver({
      to: COORD,
      from: UNIT,
      subject: 'Lampiran',
      plainBody: 'lihat lampiran',
      attachments: [{ name: 'a.bin', data: [0, 200, 255] }],
    });
    const [a] = GmailApp.getMessageById(messageId).getAttachments();
    kernel.resetCounters();
    const copy = a?.copyBlob();
    expect(copy?.getBytes()).toEqual([0, -56, -1]);
    copy?.setName('b.bin').setDataFromString('x');
    expect(a?.copyBlob().getName()).toBe('a.bin');
    expect(a?.getBytes()).toEqual([0, -56, -1]);
    expect(kernel.counters()).toEqual({
      'GmailAttachment.copyBlob': 2,
      'GmailAttachment.getBytes': 1,
    });
  });

  it('adds and removes labels on threads, and labels list their threads', () => {
    const { gmail, GmailApp } = setup();
    const a = gmail.deliver({ to: COORD, from: UNIT, subject: 'A', plainBody: 'a' });
    gmail.deliver({ to: COORD, from: UNIT, subject: 'B', plainBody: 'b' });
    expect(GmailApp.getUserLabelByName('LENTERA/Diproses')).toBeNull();
    const label = GmailApp.createLabel('LENTERA/Diproses');
    expect(GmailApp.createLabel('LENTERA/Diproses').getName()).toBe('LENTERA/Diproses');
    expect(GmailApp.getUserLabels().map((l) => l.getName())).toEqual(['LENTERA/Diproses']);
    const thread = GmailApp.getThreadById(a.threadId) as Thread;
    thread.addLabel(label);
    expect(thread.getLabels().map((l) => l.getName())).toEqual(['LENTERA/Diproses']);
    expect(label.getThreads().map((t) => t.getId())).toEqual([a.threadId]);
    expect(GmailApp.search('label:lentera-diproses').map((t) => t.getId())).toEqual([a.threadId]);
    thread.removeLabel(label);
    expect(thread.getLabels()).toEqual([]);
    expect(GmailApp.search('label:lentera-diproses')).toEqual([]);
    label.addToThreads(GmailApp.getInboxThreads());
    expect(label.getThreads()).toHaveLength(2);
    label.deleteLabel();
    expect(GmailApp.getUserLabelByName('LENTERA/Diproses')).toBeNull();
    expect(thread.getLabels()).toEqual([]);
  });

  it('read state, archive and inbox work per thread', () => {
    const { gmail, GmailApp } = setup();
    const { threadId } = gmail.deliver({ to: COORD, from: UNIT, subject: 'A', plainBody: 'a' });
    const thread = GmailApp.getThreadById(threadId) as Thread;
    expect(thread.isUnread()).toBe(true);
    expect(GmailApp.getInboxUnreadCount()).toBe(1);
    thread.markRead();
    expect(thread.isUnread()).toBe(false);
    thread.moveToArchive();
    expect(thread.isInInbox()).toBe(false);
    expect(GmailApp.getInboxThreads()).toEqual([]);
    thread.moveToInbox();
    expect(GmailApp.getInboxThreads().map((t) => t.getId())).toEqual([threadId]);
  });

  it('keeps one mailbox per user: ids of another mailbox are not found', () => {
    const { gmail, GmailApp, kernel } = setup();
    const { messageId, threadId } = gmail.deliver({
      to: COORD,
      from: UNIT,
      subject: 'A',
      plainBody: 'a',
    });
    kernel.activeUser = UNIT;
    expect(GmailApp.getThreadById(threadId)).toBeNull();
    expect(() => GmailApp.getMessageById(messageId)).toThrow('Invalid argument: id');
    expect(GmailApp.search('')).toEqual([]);
  });
});

describe('fake GmailApp: sending and replying', () => {
  it('sendEmail files the sender copy in Sent and delivers to recipients in the workspace', () => {
    const { gmail, GmailApp, kernel } = setup(UNIT);
    gmail.setDisplayName(UNIT, 'Dinas Kominfo');
    GmailApp.sendEmail(COORD, 'Laporan Harian', 'Isi laporan', {
      cc: 'sekda@bangka.go.id',
      bcc: 'arsip@bangka.go.id',
      htmlBody: '<p>Isi laporan</p>',
    });
    GmailApp.sendEmail('luar@example.com', 'Keluar', 'x');
    const sentCopy = gmail.mailbox(UNIT).find((t) => t.messages[0]?.subject === 'Laporan Harian')
      ?.messages[0];
    expect(sentCopy?.labels).toEqual(['SENT']);
    expect(sentCopy?.bcc).toBe('arsip@bangka.go.id');
    const received = gmail.mailbox(COORD)[0]?.messages[0];
    expect(received).toMatchObject({
      from: 'Dinas Kominfo <kominfo@bangka.go.id>',
      to: COORD,
      cc: 'sekda@bangka.go.id',
      bcc: '',
      subject: 'Laporan Harian',
      plainBody: 'Isi laporan',
      htmlBody: '<p>Isi laporan</p>',
      labels: ['INBOX', 'UNREAD'],
      rfcMessageId: sentCopy?.rfcMessageId,
    });
    expect(gmail.mailbox('arsip@bangka.go.id')).toHaveLength(1);
    expect(gmail.mailbox('luar@example.com')).toHaveLength(0); // left the workspace
    expect(gmail.sent(UNIT).map((s) => [s.subject, s.to])).toEqual([
      ['Laporan Harian', [COORD]],
      ['Keluar', ['luar@example.com']],
    ]);
    expect(gmail.remainingQuota(UNIT)).toBe(1500 - 4);
    kernel.activeUser = COORD;
    expect(GmailApp.search('from:kominfo is:unread')).toHaveLength(1);
  });

  it('rejects what Apps Script rejects', () => {
    const { GmailApp, gmail } = setup(UNIT);
    expect(() => GmailApp.sendEmail('', 'x', 'y')).toThrow('Invalid argument: recipient');
    expect(() => GmailApp.sendEmail('bukan-email', 'x', 'y')).toThrow('Invalid email: bukan-email');
    expect(() => GmailApp.sendEmail(COORD, 's'.repeat(251), 'y')).toThrow(
      'Argument too large: subject',
    );
    const many = Array.from({ length: 51 }, (_, i) => `u${i}@bangka.go.id`).join(',');
    expect(() => GmailApp.sendEmail(many, 'x', 'y')).toThrow(
      'Limit Exceeded: Email Recipients Per Message.',
    );
    expect(gmail.sent()).toEqual([]);
  });

  it('a reply joins the thread in both mailboxes and carries In-Reply-To / References', () => {
    const { gmail, GmailApp, kernel } = setup(COORD);
    const incoming = gmail.deliver({
      to: COORD,
      from: `Dinas Kominfo <${UNIT}>`,
      subject: 'Laporan Harian',
      plainBody: 'Isi',
      messageId: '<orig@bangka.go.id>',
    });
    // The unit's own copy of what it sent, so its reply can join its thread.
    const unitCopy = gmail.deliver({
      to: UNIT,
      from: UNIT,
      subject: 'Laporan Harian',
      plainBody: 'Isi',
      messageId: '<orig@bangka.go.id>',
    });
    const thread = GmailApp.getThreadById(incoming.threadId) as Thread;
    kernel.advance(60_000);
    thread.reply('Diterima, terima kasih.');
    expect(thread.getMessageCount()).toBe(2);
    const reply = thread.getMessages()[1] as GoogleAppsScript.Gmail.GmailMessage;
    expect(reply.getSubject()).toBe('Re: Laporan Harian');
    expect(reply.getTo()).toBe(`Dinas Kominfo <${UNIT}>`);
    expect(reply.getFrom()).toBe(COORD);
    expect(reply.getHeader('In-Reply-To')).toBe('<orig@bangka.go.id>');
    expect(reply.getHeader('References')).toBe('<orig@bangka.go.id>');
    expect(isDate(thread.getLastMessageDate())).toBe(true);
    expect(thread.getLastMessageDate().getTime()).toBe(kernel.nowMillis());

    const unitThread = gmail.mailbox(UNIT).find((t) => t.id === unitCopy.threadId);
    expect(unitThread?.messages.map((m) => m.subject)).toEqual([
      'Laporan Harian',
      'Re: Laporan Harian',
    ]);

    // A test delivery that names the thread joins it too.
    gmail.deliver({
      to: COORD,
      from: UNIT,
      subject: 'Re: Laporan Harian',
      plainBody: 'ok',
      threadId: incoming.threadId,
    });
    expect(thread.getMessageCount()).toBe(3);
  });

  it('drafts: create, update, send, delete', () => {
    const { gmail, GmailApp } = setup(UNIT);
    const draft = GmailApp.createDraft(COORD, 'Draf laporan', 'isi awal');
    expect(gmail.drafts(UNIT).map((d) => d.subject)).toEqual(['Draf laporan']);
    expect(GmailApp.getDrafts().map((d) => d.getId())).toEqual([draft.getId()]);
    expect(draft.getMessage().isDraft()).toBe(true);
    draft.update(COORD, 'Laporan Harian', 'isi final', { cc: 'sekda@bangka.go.id' });
    expect(draft.getMessage().getSubject()).toBe('Laporan Harian');
    const sent = draft.send();
    expect(sent.isDraft()).toBe(false);
    expect(GmailApp.getDrafts()).toEqual([]);
    expect(gmail.mailbox(COORD)[0]?.messages[0]?.plainBody).toBe('isi final');
    expect(gmail.mailbox('sekda@bangka.go.id')).toHaveLength(1);

    const scrap = GmailApp.createDraft('', 'Coret', '');
    scrap.deleteDraft();
    expect(gmail.drafts(UNIT)).toEqual([]);
    expect(gmail.mailbox(UNIT)).toHaveLength(1);
  });

  it('createDraftReply and forward', () => {
    const { gmail, GmailApp } = setup(COORD);
    const { messageId } = gmail.deliver({
      to: COORD,
      from: UNIT,
      subject: 'Laporan',
      plainBody: 'Isi',
    });
    const m = GmailApp.getMessageById(messageId);
    const draft = m.createDraftReply('Balasan draf');
    expect(draft.getMessage().getThread().getId()).toBe(m.getThread().getId());
    expect(draft.getMessage().getTo()).toBe(UNIT);
    m.forward('sekda@bangka.go.id');
    const fwd = gmail.mailbox('sekda@bangka.go.id')[0]?.messages[0];
    expect(fwd?.subject).toBe('Fwd: Laporan');
    expect(fwd?.plainBody).toContain('---------- Forwarded message ---------');
    expect(fwd?.plainBody).toContain('Isi');
  });
});

describe('fake GmailApp: add-on context and persistence', () => {
  it('in an add-on, getMessageById works only after setCurrentMessageAccessToken', () => {
    const { gmail, GmailApp } = setup();
    const { messageId } = gmail.deliver({
      to: COORD,
      from: UNIT,
      subject: 'Dibuka',
      plainBody: 'x',
    });
    const other = gmail.deliver({ to: COORD, from: UNIT, subject: 'Lain', plainBody: 'y' });
    const event = gmail.addOnContext(messageId);
    expect(() => GmailApp.getMessageById(messageId)).toThrow(
      'Access denied: : Missing access token for per message scope authorization.',
    );
    GmailApp.setCurrentMessageAccessToken(event.accessToken);
    expect(GmailApp.getMessageById(messageId).getSubject()).toBe('Dibuka');
    expect(() => GmailApp.getMessageById(other.messageId)).toThrow('Access denied');
    expect(gmail.accessTokens()).toEqual([event.accessToken]);
    gmail.endAddOnContext();
    expect(GmailApp.getMessageById(other.messageId).getSubject()).toBe('Lain');
  });

  it('snapshot → JSON → restore gives the same observable state', () => {
    const { gmail, GmailApp, kernel } = setup(UNIT);
    GmailApp.sendEmail(COORD, 'Laporan', 'isi', {
      attachments: [
        {
          getBlob: () => ({
            getName: () => 'a.txt',
            getContentType: () => 'text/plain',
            getBytes: () => [104, 105],
          }),
        },
      ] as never,
    });
    GmailApp.createDraft(COORD, 'Draf', 'd');
    kernel.activeUser = COORD;
    const label = GmailApp.createLabel('Arsip');
    (GmailApp.getInboxThreads()[0] as Thread).addLabel(label).markRead();

    const copy = new FakeGmailService(kernel);
    copy.restore(JSON.parse(JSON.stringify(gmail.snapshot())));
    const Copy = copy.globals().GmailApp as unknown as App;
    for (const email of [UNIT, COORD]) expect(copy.mailbox(email)).toEqual(gmail.mailbox(email));
    expect(copy.sent()).toEqual(gmail.sent());
    expect(copy.remainingQuota(UNIT)).toBe(gmail.remainingQuota(UNIT));
    expect(Copy.search('label:arsip').map((t) => t.getId())).toEqual(
      GmailApp.search('label:arsip').map((t) => t.getId()),
    );
    const [a] = (Copy.search('label:arsip')[0] as Thread).getMessages()[0]?.getAttachments() ?? [];
    expect(a?.getDataAsString()).toBe('hi');
    kernel.activeUser = UNIT;
    expect(Copy.getDrafts().map((d) => d.getMessage().getSubject())).toEqual(['Draf']);
  });
});
