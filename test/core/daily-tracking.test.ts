import { DEFAULT_DAILY_CONFIG } from '../../src/core/daily/config';
import {
  firstReplyAfter,
  observeThread,
  priorityOf,
  receivesWatched,
  type ThreadMessage,
  type TrackingRules,
  trackingQuery,
} from '../../src/core/daily/tracking';

/** Epoch ms of a Jakarta wall time. */
const wib = (local: string) => Date.parse(`${local}:00+07:00`);

const HUMAS = 'humas@bangka.go.id';
const KEPALA = 'kepala.humas@bangka.go.id';

const rules = (mailbox: string): TrackingRules => ({
  watched: [
    { address: HUMAS, unit: 'HUMAS', category: 'Surat Masuk' },
    { address: 'pengaduan@bangka.go.id', unit: 'DISKOMINFO', category: 'Pengaduan' },
  ],
  mailbox,
  config: DEFAULT_DAILY_CONFIG,
});

let seq = 0;
const message = (over: Partial<ThreadMessage>): ThreadMessage => ({
  threadId: 'thread-1',
  messageId: `m${++seq}@example.com`,
  from: 'Warga <warga@example.com>',
  to: [HUMAS],
  cc: [],
  subject: 'Permohonan informasi jadwal layanan',
  receivedAt: wib('2026-11-20T15:00'),
  sent: false,
  text: 'Mohon informasinya.',
  ...over,
});

const reply = (at: string, over: Partial<ThreadMessage> = {}) =>
  message({ from: HUMAS, to: ['warga@example.com'], sent: true, receivedAt: wib(at), ...over });

describe('which threads are tracked', () => {
  it('measures from the first mail to the watched address to the first reply sent after it', () => {
    const first = message({ messageId: 'awal@example.com' });
    const thread = observeThread(
      [
        reply('2026-11-23T09:00', { subject: 'Re: Permohonan' }),
        first,
        message({ receivedAt: wib('2026-11-20T16:00'), subject: 'Tambahan' }),
        reply('2026-11-24T10:00'),
      ],
      rules(HUMAS),
    );
    expect(thread).toMatchObject({
      threadId: 'thread-1',
      messageId: 'awal@example.com',
      unit: 'HUMAS',
      category: 'Surat Masuk',
      priority: '',
      receivedAt: wib('2026-11-20T15:00'),
      firstReplyAt: wib('2026-11-23T09:00'),
      mailbox: HUMAS,
    });
  });

  it('leaves a thread unanswered until something is sent from the mailbox', () => {
    const thread = observeThread([message({})], rules(HUMAS));
    expect(thread?.firstReplyAt).toBeNull();
  });

  it('takes unit and category from the address the mail came to, in To or Cc', () => {
    const thread = observeThread(
      [message({ to: ['kantor@example.com'], cc: ['Pengaduan <pengaduan@bangka.go.id>'] })],
      rules('pengaduan@bangka.go.id'),
    );
    expect(thread).toMatchObject({ unit: 'DISKOMINFO', category: 'Pengaduan' });
  });

  it('ignores mail not addressed to a watched address, own mail, bounces and daily reports', () => {
    const own = rules(HUMAS);
    expect(observeThread([message({ to: ['lain@bangka.go.id'] })], own)).toBeNull();
    // The mailbox started the conversation: the answer it got is not waiting on it.
    expect(
      observeThread([reply('2026-11-20T08:00'), message({ subject: 'Re: Undangan' })], own),
    ).toBeNull();
    expect(observeThread([message({ from: HUMAS })], own)).toBeNull();
    expect(observeThread([message({ from: 'MAILER-DAEMON@google.com' })], own)).toBeNull();
    expect(observeThread([message({ from: 'no-reply@portal.go.id' })], own)).toBeNull();
    expect(
      observeThread(
        [message({ subject: '[LAPORAN HARIAN] Bagian Humas — 20 November 2026' })],
        own,
      ),
    ).toBeNull();
  });

  it('tracks an alias in the mailbox it reaches, not in the inbox of a colleague copied in person', () => {
    const viaAlias = message({ to: [HUMAS] });
    expect(observeThread([viaAlias], rules(KEPALA))?.unit).toBe('HUMAS');
    const copied = message({ to: [HUMAS], cc: [KEPALA] });
    expect(observeThread([copied], rules(KEPALA))).toBeNull();
    expect(observeThread([copied], rules(HUMAS))?.unit).toBe('HUMAS');
    expect(receivesWatched([viaAlias], rules(KEPALA))).toBe(true);
    expect(receivesWatched([copied], rules(KEPALA))).toBe(false);
  });

  it('a reply never predates the mail it answers', () => {
    const sent = [reply('2026-11-20T10:00'), reply('2026-11-21T10:00')];
    expect(firstReplyAfter(sent, wib('2026-11-20T15:00'))).toBe(wib('2026-11-21T10:00'));
    expect(firstReplyAfter(sent, wib('2026-11-22T15:00'))).toBeNull();
  });
});

describe('priority of official mail', () => {
  const config = DEFAULT_DAILY_CONFIG;

  it('reads a "Prioritas:" line naming a configured priority first', () => {
    expect(priorityOf('Undangan', 'Yth. Bapak\nPrioritas: Rendah\nTerima kasih', config)).toBe(
      'Rendah',
    );
    expect(priorityOf('[SEGERA] Undangan', 'Prioritas: Sedang', config)).toBe('Sedang');
  });

  it('takes an urgency word in the subject as the highest priority', () => {
    for (const subject of [
      '[PENTING] Data pegawai',
      'SEGERA: laporan realisasi',
      'Surat Sangat Segera — rapat',
      'KILAT undangan',
      'urgent: akun terkunci',
      'Mendesak!',
    ]) {
      expect(priorityOf(subject, '', config)).toBe('Tinggi');
    }
  });

  it('states none otherwise, so only the * standards apply', () => {
    expect(priorityOf('Kepentingan umum', 'Prioritas: Sangat tinggi', config)).toBe('');
    expect(priorityOf('Permohonan data', '', config)).toBe('');
  });
});

describe('the search', () => {
  it('asks for mail to or copied to each address since the given second, drafts excluded', () => {
    expect(trackingQuery(['a@b.go.id', 'c@b.go.id'], 1_700_000_000_999)).toBe(
      '{to:a@b.go.id cc:a@b.go.id to:c@b.go.id cc:c@b.go.id} after:1700000000 -in:drafts',
    );
  });
});
