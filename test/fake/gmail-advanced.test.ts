import { FakeGmailService } from '../../dev/fake/gmail';
import { FakeKernel } from '../../dev/fake/kernel';

type Part = GoogleAppsScript.Gmail.Schema.MessagePart;
type Failure = Error & { kind?: string; details?: { code: number } };

const COORD = 'koordinator@bangka.go.id';
const OTHER = 'sekda@bangka.go.id';
const UNIT = 'Dinas Kominfo <kominfo@bangka.go.id>';

function setup() {
  const kernel = new FakeKernel('2026-11-23T01:00:00.000Z');
  kernel.activeUser = COORD;
  const gmail = new FakeGmailService(kernel);
  const globals = gmail.globals();
  const Gmail = globals.Gmail as unknown as GoogleAppsScript.Gmail;
  const GmailApp = globals.GmailApp as unknown as GoogleAppsScript.Gmail.GmailApp;
  return { kernel, gmail, Gmail, GmailApp };
}

function errorOf(fn: () => unknown): Failure {
  try {
    fn();
  } catch (e) {
    return e as Failure;
  }
  throw new Error('expected an error');
}

const text = (data: string | undefined) => Buffer.from(data ?? '', 'base64url').toString('utf8');
const header = (part: Part | undefined, name: string) =>
  part?.headers?.find((h) => h.name === name)?.value;

const PDF = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x80]);

/** A report with text, HTML and a PDF, then a plain-text reply in the same thread. */
function conversation() {
  const ctx = setup();
  const report = ctx.gmail.deliver({
    to: COORD,
    cc: OTHER,
    from: UNIT,
    subject: '[LAPORAN HARIAN] Dinas Kominfo — 23 November 2026',
    plainBody: 'Ringkasan: rapat <pagi> & "evaluasi" — selesai ✓',
    htmlBody: '<p>Ringkasan: rapat &lt;pagi&gt; — selesai ✓</p>',
    attachments: [{ name: 'rekap harian.pdf', contentType: 'application/pdf', data: PDF }],
    date: '2026-11-23T00:30:00Z',
    messageId: 'lapor-1@bangka.go.id',
    headers: { 'X-Unit': 'KOMINFO' },
  });
  const reply = ctx.gmail.deliver({
    to: COORD,
    from: UNIT,
    subject: 'Re: [LAPORAN HARIAN] Dinas Kominfo — 23 November 2026',
    plainBody: 'Susulan: foto kegiatan',
    date: '2026-11-23T00:45:00Z',
    inReplyTo: 'lapor-1@bangka.go.id',
  });
  return { ...ctx, report, reply };
}

describe('fake Advanced Gmail: reading mail', () => {
  it('gives a thread as the MIME tree Gmail builds, bodies and attachment decodable', () => {
    const { Gmail, report, reply } = conversation();
    expect(reply.threadId).toBe(report.threadId);
    const thread = Gmail.Users.Threads.get('me', report.threadId, { format: 'full' });
    expect(thread.id).toBe(report.threadId);
    expect(thread.historyId).toMatch(/^\d+$/);
    const [first, second] = thread.messages ?? [];
    expect(thread.messages?.map((m) => m.id)).toEqual([report.messageId, reply.messageId]);

    expect(first?.threadId).toBe(report.threadId);
    expect(first?.labelIds).toEqual(expect.arrayContaining(['INBOX', 'UNREAD']));
    expect(first?.internalDate).toBe(String(Date.parse('2026-11-23T00:30:00Z')));
    expect(first?.snippet).toBe(
      'Ringkasan: rapat &lt;pagi&gt; &amp; &quot;evaluasi&quot; — selesai ✓',
    );
    expect(first?.sizeEstimate).toBeGreaterThan(PDF.length);

    const payload = first?.payload;
    expect(payload?.partId).toBe('');
    expect(payload?.mimeType).toBe('multipart/mixed');
    expect(header(payload, 'From')).toBe(UNIT);
    expect(header(payload, 'To')).toBe(COORD);
    expect(header(payload, 'Cc')).toBe(OTHER);
    expect(header(payload, 'Subject')).toBe('[LAPORAN HARIAN] Dinas Kominfo — 23 November 2026');
    expect(header(payload, 'Date')).toBe('Mon, 23 Nov 2026 07:30:00 +0700');
    expect(header(payload, 'Message-ID')).toBe('<lapor-1@bangka.go.id>');
    expect(header(payload, 'X-Unit')).toBe('KOMINFO');
    expect(header(payload, 'In-Reply-To')).toBeUndefined();

    const [body, file] = payload?.parts ?? [];
    expect(body?.mimeType).toBe('multipart/alternative');
    expect(body?.parts?.map((p) => [p.partId, p.mimeType, p.filename])).toEqual([
      ['0.0', 'text/plain', ''],
      ['0.1', 'text/html', ''],
    ]);
    const [plain, html] = body?.parts ?? [];
    expect(header(plain, 'Content-Type')).toBe('text/plain; charset="UTF-8"');
    expect(text(plain?.body?.data)).toBe('Ringkasan: rapat <pagi> & "evaluasi" — selesai ✓');
    expect(plain?.body?.size).toBe(Buffer.byteLength(text(plain?.body?.data)));
    expect(text(html?.body?.data)).toBe('<p>Ringkasan: rapat &lt;pagi&gt; — selesai ✓</p>');

    expect(file?.partId).toBe('1');
    expect(file?.mimeType).toBe('application/pdf');
    expect(file?.filename).toBe('rekap harian.pdf');
    expect(header(file, 'Content-Disposition')).toBe('attachment; filename="rekap harian.pdf"');
    expect(file?.body?.data).toBeUndefined();
    expect(file?.body?.size).toBe(PDF.length);
    const bytes = Gmail.Users.Messages.Attachments.get(
      'me',
      report.messageId,
      file?.body?.attachmentId ?? '',
    );
    expect(bytes.size).toBe(PDF.length);
    expect(Buffer.from(bytes.data ?? '', 'base64url')).toEqual(PDF);

    // A text-only message is a single text/plain part carrying all the headers.
    expect(second?.payload?.mimeType).toBe('text/plain');
    expect(second?.payload?.parts).toBeUndefined();
    expect(text(second?.payload?.body?.data)).toBe('Susulan: foto kegiatan');
    expect(header(second?.payload, 'In-Reply-To')).toBe('<lapor-1@bangka.go.id>');
    expect(header(second?.payload, 'References')).toBe('<lapor-1@bangka.go.id>');
    expect(header(second?.payload, 'Cc')).toBeUndefined();
  });

  it('reads one message in the formats full, metadata, minimal and raw', () => {
    const { Gmail, report } = conversation();
    const full = Gmail.Users.Messages.get('me', report.messageId);
    const inThread = Gmail.Users.Threads.get('me', report.threadId).messages?.[0];
    expect(full).toEqual(inThread);

    const metadata = Gmail.Users.Messages.get('me', report.messageId, {
      format: 'metadata',
      metadataHeaders: ['subject', 'From'],
    });
    expect(metadata.payload?.mimeType).toBe('multipart/mixed');
    expect(metadata.payload?.headers?.map((h) => h.name)).toEqual(['Subject', 'From']);
    expect(metadata.payload?.parts).toBeUndefined();
    const allHeaders = Gmail.Users.Threads.get('me', report.threadId, { format: 'metadata' });
    expect(header(allHeaders.messages?.[0]?.payload, 'X-Unit')).toBe('KOMINFO');

    const minimal = Gmail.Users.Threads.get('me', report.threadId, { format: 'minimal' });
    expect(minimal.messages?.[0]?.payload).toBeUndefined();
    expect(minimal.messages?.[0]?.labelIds).toEqual(full.labelIds);
    expect(minimal.messages?.[0]?.snippet).toBe(full.snippet);

    const raw = Gmail.Users.Messages.get('me', report.messageId, { format: 'raw' });
    expect(text(raw.raw)).toContain('Message-ID: <lapor-1@bangka.go.id>\r\n');

    const bad = errorOf(() => Gmail.Users.Threads.get('me', report.threadId, { format: 'raw' }));
    expect(bad.details?.code).toBe(400);
  });
});

describe('fake Advanced Gmail: listing', () => {
  it('pages 250 threads newest first, each exactly once, in a stable order', () => {
    const { gmail, Gmail } = setup();
    for (let i = 0; i < 250; i += 1) {
      gmail.deliver({
        to: COORD,
        from: UNIT,
        subject: `[LAPORAN HARIAN] Dinas Kominfo ${i}`,
        plainBody: `Ringkasan ${i}`,
        // Two threads per minute: ties are ordered too.
        date: Date.parse('2026-11-01T00:00:00Z') + Math.floor(i / 2) * 60_000,
      });
    }
    gmail.deliver({ to: COORD, from: UNIT, subject: 'Undangan rapat', plainBody: 'Besok' });
    const q = 'subject:"LAPORAN HARIAN"';
    const seen: string[] = [];
    const sizes: number[] = [];
    let pageToken: string | undefined;
    do {
      const page = Gmail.Users.Threads.list('me', { q, maxResults: 100, pageToken });
      expect(page.resultSizeEstimate).toBe(250);
      sizes.push(page.threads?.length ?? 0);
      seen.push(...(page.threads ?? []).map((t) => t.id ?? ''));
      pageToken = page.nextPageToken;
    } while (pageToken);
    expect(sizes).toEqual([100, 100, 50]);
    const newestFirst = gmail
      .mailbox(COORD)
      .filter((t) => t.messages[0]?.subject.startsWith('[LAPORAN'))
      .map((t) => t.id);
    expect(seen).toEqual(newestFirst);
    expect(new Set(seen).size).toBe(250);

    expect(Gmail.Users.Threads.list('me', { q }).threads).toHaveLength(100);
    const capped = Gmail.Users.Threads.list('me', { q, maxResults: 1000 });
    expect(capped.threads).toHaveLength(250);
    expect(capped.nextPageToken).toBeUndefined();
    expect(
      errorOf(() => Gmail.Users.Threads.list('me', { q, pageToken: 'nonsense' })).details?.code,
    ).toBe(400);
  });

  it('searches like GmailApp.search, and messages.list matches messages one by one', () => {
    const { gmail, Gmail, GmailApp, kernel } = setup();
    const old = gmail.deliver({
      to: COORD,
      from: UNIT,
      subject: '[LAPORAN HARIAN] lama',
      plainBody: 'Rapat <pagi>',
      date: '2026-11-01T02:00:00Z',
    });
    const fresh = gmail.deliver({
      to: COORD,
      from: 'dinkes@bangka.go.id',
      subject: '[LAPORAN HARIAN] baru',
      plainBody: 'Posyandu',
      date: '2026-11-20T02:00:00Z',
    });
    GmailApp.getThreadById(fresh.threadId)?.reply('Diterima, terima kasih');
    const trashed = gmail.deliver({ to: COORD, from: UNIT, subject: '[LAPORAN HARIAN] salah' });
    GmailApp.getMessageById(trashed.messageId)?.moveToTrash();
    const after = Math.floor(Date.parse('2026-11-10T00:00:00Z') / 1000);

    const ids = (args: object) => Gmail.Users.Threads.list('me', args).threads?.map((t) => t.id);
    const appIds = (q: string) => GmailApp.search(q).map((t) => t.getId());
    for (const q of [
      'subject:"LAPORAN HARIAN"',
      `subject:"LAPORAN HARIAN" after:${after} -in:sent -in:drafts`,
      'from:dinkes@bangka.go.id',
      `to:${COORD}`,
      'in:sent',
      'pagi',
    ]) {
      expect(ids({ q })).toEqual(appIds(q));
    }
    expect(ids({ q: 'subject:"LAPORAN HARIAN"' })).toEqual([fresh.threadId, old.threadId]);
    expect(ids({ q: 'subject:salah' })).toBeUndefined();
    expect(Gmail.Users.Threads.list('me', { q: 'subject:salah' }).resultSizeEstimate).toBe(0);
    expect(ids({ q: 'subject:salah', includeSpamTrash: true })).toEqual([trashed.threadId]);

    const list = Gmail.Users.Threads.list('me', { q: 'pagi' });
    expect(list.threads?.[0]).toEqual({
      id: old.threadId,
      snippet: 'Rapat &lt;pagi&gt;',
      historyId: expect.stringMatching(/^\d+$/),
    });

    // The thread holds the report and the coordinator's reply: only the reply is sent mail.
    const sent = Gmail.Users.Messages.list('me', { q: 'in:sent' });
    expect(sent.messages).toHaveLength(1);
    expect(sent.messages?.[0]?.threadId).toBe(fresh.threadId);
    expect(sent.messages?.[0]?.id).not.toBe(fresh.messageId);
    const reports = Gmail.Users.Messages.list('me', { q: 'subject:"LAPORAN HARIAN" -in:sent' });
    expect(reports.messages).toEqual([
      { id: fresh.messageId, threadId: fresh.threadId },
      { id: old.messageId, threadId: old.threadId },
    ]);
    expect(Gmail.Users.Messages.list('me', { maxResults: 1 }).nextPageToken).toBeDefined();
    expect(kernel.count('Gmail.Users.Messages.list')).toBe(3);
  });
});

describe('fake Advanced Gmail: labels', () => {
  it('creates nested labels, refuses a name that exists, and lists system and user labels', () => {
    const { Gmail, GmailApp } = setup();
    const created = ['LENTERA', 'LENTERA/Diterima', 'LENTERA/Diterima/2026-11'].map((name) =>
      Gmail.Users.Labels.create({ name, labelListVisibility: 'labelShow' }, 'me'),
    );
    expect(created.map((l) => [l.name, l.type])).toEqual([
      ['LENTERA', 'user'],
      ['LENTERA/Diterima', 'user'],
      ['LENTERA/Diterima/2026-11', 'user'],
    ]);
    expect(new Set(created.map((l) => l.id)).size).toBe(3);

    const labels = Gmail.Users.Labels.list('me').labels ?? [];
    expect(labels).toEqual(
      expect.arrayContaining([
        { id: 'INBOX', name: 'INBOX', type: 'system' },
        { id: 'UNREAD', name: 'UNREAD', type: 'system' },
        ...created,
      ]),
    );
    expect(GmailApp.getUserLabels().map((l) => l.getName())).toEqual(created.map((l) => l.name));

    const again = errorOf(() => Gmail.Users.Labels.create({ name: 'lentera/diterima' }, 'me'));
    expect(again.message).toBe(
      'API call to gmail.users.labels.create failed with error: Label name exists or conflicts',
    );
    expect(again.details?.code).toBe(409);
    expect(errorOf(() => Gmail.Users.Labels.create({ name: 'Inbox' }, 'me')).details?.code).toBe(
      400,
    );
  });

  it('keeps labels one state for both APIs: set through either, seen by both and by search', () => {
    const { gmail, Gmail, GmailApp, report, reply } = conversation();
    const label = Gmail.Users.Labels.create({ name: 'LENTERA/Diterima/2026-11' }, 'me');
    const id = label.id ?? '';

    Gmail.Users.Messages.batchModify(
      { ids: [report.messageId, reply.messageId], addLabelIds: [id], removeLabelIds: ['UNREAD'] },
      'me',
    );
    const thread = GmailApp.getThreadById(report.threadId);
    expect(thread?.getLabels().map((l) => l.getName())).toEqual(['LENTERA/Diterima/2026-11']);
    expect(thread?.isUnread()).toBe(false);
    expect(GmailApp.search('label:LENTERA/Diterima/2026-11').map((t) => t.getId())).toEqual([
      report.threadId,
    ]);
    const read = Gmail.Users.Threads.get('me', report.threadId, { format: 'minimal' });
    for (const m of read.messages ?? []) {
      expect(m.labelIds).toContain(id);
      expect(m.labelIds).not.toContain('UNREAD');
    }

    // And the other way round: a thread labelled through GmailApp.
    const second = gmail.deliver({
      to: COORD,
      from: UNIT,
      subject: '[LAPORAN HARIAN] Sekretariat',
    });
    const secondThread = GmailApp.getThreadById(second.threadId);
    if (!secondThread) throw new Error('not delivered');
    GmailApp.getUserLabelByName('LENTERA/Diterima/2026-11')?.addToThread(secondThread);
    const q = { q: 'label:LENTERA/Diterima/2026-11' };
    expect(Gmail.Users.Threads.list('me', q).threads?.map((t) => t.id)).toEqual([
      second.threadId,
      report.threadId,
    ]);
    expect(Gmail.Users.Messages.get('me', second.messageId).labelIds).toContain(id);

    const modified = Gmail.Users.Threads.modify(
      { addLabelIds: ['STARRED'], removeLabelIds: [id] },
      'me',
      report.threadId,
    );
    expect(modified.messages?.map((m) => m.labelIds?.includes('STARRED'))).toEqual([true, true]);
    expect(thread?.hasStarredMessages()).toBe(true);
    expect(thread?.getLabels()).toEqual([]);
  });

  it('changes nothing when a modify names an unknown label, a fixed one or too many ids', () => {
    const { Gmail, GmailApp, report } = conversation();
    const code = (fn: () => unknown) => {
      const e = errorOf(fn);
      return `${e.details?.code} ${e.message.replace(/^.*failed with error: /, '')}`;
    };
    const batch = (request: object) => () => Gmail.Users.Messages.batchModify(request, 'me');
    expect(code(batch({ ids: [report.messageId], addLabelIds: ['STARRED', 'Label_404'] }))).toBe(
      '400 labelId not found',
    );
    expect(code(batch({ ids: [report.messageId], removeLabelIds: ['SENT'] }))).toBe(
      '400 Invalid label: SENT',
    );
    expect(code(batch({ ids: [report.messageId] }))).toBe('400 No label add or removes specified');
    const ids = Array.from({ length: 1001 }, () => report.messageId);
    expect(code(batch({ ids, addLabelIds: ['STARRED'] }))).toBe(
      '400 Number of ids cannot exceed 1000',
    );
    expect(code(batch({ ids: [report.messageId, 'f00'], addLabelIds: ['STARRED'] }))).toBe(
      '404 Requested entity was not found.',
    );
    expect(code(() => Gmail.Users.Threads.modify({ addLabelIds: ['STARRED'] }, 'me', 'f00'))).toBe(
      '404 Requested entity was not found.',
    );
    expect(GmailApp.getMessageById(report.messageId)?.isStarred()).toBe(false);
    expect(Gmail.Users.Messages.batchModify({ ids: [], addLabelIds: ['STARRED'] }, 'me')).toBe(
      undefined,
    );
  });
});

describe('fake Advanced Gmail: errors and access', () => {
  it('throws what Apps Script throws for unknown ids and injected faults', () => {
    const { Gmail, kernel, report } = conversation();
    const missing = errorOf(() => Gmail.Users.Threads.get('me', 'f00'));
    expect(missing.name).toBe('GoogleJsonResponseException');
    expect(String(missing)).toBe(
      'GoogleJsonResponseException: API call to gmail.users.threads.get failed with error: Requested entity was not found.',
    );
    expect(missing.details?.code).toBe(404);
    expect(errorOf(() => Gmail.Users.Messages.get('me', 'f00')).message).toContain(
      'gmail.users.messages.get failed with error: Requested entity was not found.',
    );
    // An attachment id names its message: asked of another message, it is not found.
    const file = Gmail.Users.Messages.get('me', report.messageId).payload?.parts?.[1];
    const other = Gmail.Users.Threads.get('me', report.threadId).messages?.[1]?.id ?? '';
    const attachmentId = file?.body?.attachmentId ?? '';
    expect(
      errorOf(() => Gmail.Users.Messages.Attachments.get('me', other, attachmentId)).details?.code,
    ).toBe(404);

    kernel.injectFault({ method: 'Gmail.Users.Threads.get', nth: 2, error: 'QUOTA_RATE' });
    Gmail.Users.Threads.get('me', report.threadId);
    const fault = errorOf(() => Gmail.Users.Threads.get('me', report.threadId));
    expect(fault.kind).toBe('QUOTA_RATE');
    expect(fault.message).toMatch(/^Service invoked too many times in a short time: Gmail\./);
    expect(kernel.pendingFaults()).toEqual([]);
    expect(Gmail.Users.Threads.get('me', report.threadId).id).toBe(report.threadId);
    expect(kernel.count('Gmail.Users.Threads.get')).toBe(5);
  });

  it("sees only the active user's mailbox", () => {
    const { gmail, Gmail, kernel } = setup();
    const sent = gmail.deliver({ to: `${COORD}, ${OTHER}`, from: UNIT, subject: 'Undangan' });
    const theirs = sent.copies.find((c) => c.mailbox === OTHER);
    const mine = sent.copies.find((c) => c.mailbox === COORD);
    expect(errorOf(() => Gmail.Users.Threads.get('me', theirs?.threadId ?? '')).details?.code).toBe(
      404,
    );
    expect(Gmail.Users.Threads.list('me').threads?.map((t) => t.id)).toEqual([mine?.threadId]);
    expect(Gmail.Users.Threads.list(COORD.toUpperCase()).threads).toHaveLength(1);

    const denied = errorOf(() => Gmail.Users.Threads.list(OTHER));
    expect(denied.details?.code).toBe(403);
    expect(denied.message).toBe(
      `API call to gmail.users.threads.list failed with error: Delegation denied for ${COORD}`,
    );

    kernel.activeUser = OTHER;
    expect(Gmail.Users.Threads.get('me', theirs?.threadId ?? '').id).toBe(theirs?.threadId);
  });
});
