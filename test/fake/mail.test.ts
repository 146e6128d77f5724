import { FakeGmailService } from '../../dev/fake/gmail';
import { FakeKernel } from '../../dev/fake/kernel';
import { FakeMailService } from '../../dev/fake/mail';

type Mail = GoogleAppsScript.Mail.MailApp;
const ADMIN = 'admin@bangka.go.id';
const HEAD = 'kepala.kominfo@bangka.go.id';

function setup(withGmail = true) {
  const kernel = new FakeKernel('2026-11-23T01:00:00.000Z');
  kernel.activeUser = ADMIN;
  const gmail = withGmail ? new FakeGmailService(kernel) : undefined;
  const mail = new FakeMailService(kernel, gmail);
  const MailApp = mail.globals().MailApp as unknown as Mail;
  const GmailApp = gmail?.globals().GmailApp as unknown as GoogleAppsScript.Gmail.GmailApp;
  return { kernel, gmail, mail, MailApp, GmailApp };
}

describe('fake MailApp', () => {
  it('takes all documented sendEmail signatures and records what was sent', () => {
    const { mail, MailApp, kernel } = setup(false);
    MailApp.sendEmail(HEAD, 'Pengingat laporan', 'Mohon kirim laporan harian.');
    MailApp.sendEmail(HEAD, 'Dengan opsi', 'teks', {
      cc: 'sekda@bangka.go.id',
      htmlBody: '<b>teks</b>',
      name: 'LENTERA',
    });
    MailApp.sendEmail(HEAD, 'balas@bangka.go.id', 'Empat argumen', 'isi');
    MailApp.sendEmail({
      to: `${HEAD}, staf@bangka.go.id`,
      subject: 'Objek',
      htmlBody: '<p>html</p>',
      noReply: true,
    });
    const sent = mail.sent();
    expect(sent.map((s) => [s.subject, s.to])).toEqual([
      ['Pengingat laporan', [HEAD]],
      ['Dengan opsi', [HEAD]],
      ['Empat argumen', [HEAD]],
      ['Objek', [HEAD, 'staf@bangka.go.id']],
    ]);
    expect(sent[1]).toMatchObject({
      cc: ['sekda@bangka.go.id'],
      htmlBody: '<b>teks</b>',
      from: `LENTERA <${ADMIN}>`,
    });
    expect(sent[2]?.replyTo).toBe('balas@bangka.go.id');
    expect(sent[3]).toMatchObject({ from: 'noreply@bangka.go.id', noReply: true, body: '' });
    expect(Object.prototype.toString.call(sent[0]?.sentAt)).toBe('[object Date]');
    expect(kernel.count('MailApp.sendEmail')).toBe(4);
  });

  it('decrements the daily quota per recipient and throws when it is exhausted', () => {
    const { MailApp, mail } = setup(false);
    expect(MailApp.getRemainingDailyQuota()).toBe(1500);
    MailApp.sendEmail(`${HEAD},staf@bangka.go.id`, 's', 'b', { cc: 'sekda@bangka.go.id' });
    expect(MailApp.getRemainingDailyQuota()).toBe(1497);
    mail.setDailyQuota(4);
    MailApp.sendEmail(HEAD, 's', 'b');
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => MailApp.sendEmail(HEAD, 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(mail.sent()).toHaveLength(2);
  });

  it('the quota comes back 24 hours after the window opened', () => {
    const { MailApp, mail, kernel } = setup(false);
    mail.setDailyQuota(1);
    MailApp.sendEmail(HEAD, 's', 'b');
    kernel.advance(23 * 3_600_000);
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    kernel.advance(3_600_000);
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
  });

  it('delivers into fake Gmail inboxes and shares the quota with GmailApp', () => {
    const { MailApp, GmailApp, gmail, kernel } = setup(true);
    MailApp.sendEmail(HEAD, 'Pengingat: laporan harian belum diterima', 'Mohon segera dikirim.');
    GmailApp.sendEmail(HEAD, 'Lewat GmailApp', 'x');
    expect(MailApp.getRemainingDailyQuota()).toBe(1498);
    expect(gmail?.sent(ADMIN).map((s) => s.via)).toEqual(['MailApp', 'GmailApp']);
    kernel.activeUser = HEAD;
    const threads = GmailApp.search('subject:pengingat is:unread');
    expect(threads).toHaveLength(1);
    expect(threads[0]?.getMessages()[0]?.getPlainBody()).toBe('Mohon segera dikirim.');
    expect(threads[0]?.getMessages()[0]?.getFrom()).toBe(ADMIN);
  });

  it('rejects bad recipients before anything is sent', () => {
    const { MailApp, mail } = setup(true);
    expect(() => MailApp.sendEmail('', 's', 'b')).toThrow('Invalid argument: recipient');
    expect(() => MailApp.sendEmail('not an address', 's', 'b')).toThrow(
      'Invalid email: not an address',
    );
    expect(mail.sent()).toEqual([]);
    expect(MailApp.getRemainingDailyQuota()).toBe(1500);
  });

  it('lets an injected fault reach the caller', () => {
    const { MailApp, kernel, mail } = setup(true);
    kernel.injectFault({ method: 'MailApp.sendEmail', nth: 1, error: 'QUOTA_RATE' });
    expect(() => MailApp.sendEmail(HEAD, 's', 'b')).toThrow(
      'Service invoked too many times in a short time: MailApp.',
    );
    expect(mail.sent()).toEqual([]);
  });

  it('snapshot → JSON → restore keeps the log and the standalone quota', () => {
    const { MailApp, mail, kernel } = setup(false);
    MailApp.sendEmail(HEAD, 's', 'b');
    const copy = new FakeMailService(kernel);
    copy.restore(JSON.parse(JSON.stringify(mail.snapshot())));
    expect(copy.sent()).toEqual(mail.sent());
    const Copy = copy.globals().MailApp as unknown as Mail;
    expect(Copy.getRemainingDailyQuota()).toBe(1499);
  });
});
