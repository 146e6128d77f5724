/**
 * Small adapters from ports to Apps Script services. Each is the only place its service
 * is touched; the use-cases never see a Google object.
 */
import type { TriggerSpec } from '../core/jobs/schedule';
import type { InstalledTrigger } from '../core/setup/trigger-plan';
import { escapeHtml } from '../core/text/html';
import type {
  Clock,
  Documents,
  Identity,
  Lock,
  Log,
  Mailer,
  SettingsStore,
  Triggers,
} from '../ports';

/** How long an action waits for another execution's lock before telling the user to retry. */
const LOCK_WAIT_MS = 30_000;

export const systemClock: Clock = { now: () => new Date() };

export const scriptSettings: SettingsStore = {
  get: (key) => PropertiesService.getScriptProperties().getProperty(key),
  set: (key, value) => {
    PropertiesService.getScriptProperties().setProperty(key, value);
  },
};

export const sessionIdentity: Identity = {
  currentUserEmail: () => Session.getActiveUser().getEmail().trim().toLowerCase(),
};

export const scriptTriggers: Triggers = {
  list: (): InstalledTrigger[] =>
    ScriptApp.getProjectTriggers().map((t) => ({
      id: t.getUniqueId(),
      handler: t.getHandlerFunction(),
    })),
  install: (spec: TriggerSpec) => {
    const builder = ScriptApp.newTrigger(spec.handler).timeBased();
    if (spec.kind === 'hourly') builder.everyHours(1).create();
    else builder.everyDays(1).atHour(spec.atHour).inTimezone(Session.getScriptTimeZone()).create();
  },
  remove: (id) => {
    const trigger = ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === id);
    if (trigger) ScriptApp.deleteTrigger(trigger);
  },
};

export const scriptLock: Lock = {
  run: (work) => {
    const lock = LockService.getScriptLock();
    lock.waitLock(LOCK_WAIT_MS);
    try {
      return work();
    } finally {
      lock.releaseLock();
    }
  },
};

export const executionLog: Log = {
  info: (message) => console.info(message),
  error: (message, error) => {
    const detail =
      error !== null && typeof error === 'object' && 'stack' in error
        ? String(error.stack)
        : String(error);
    console.error(`${message}: ${detail}`);
  },
};

export const htmlDocuments: Documents = {
  pdfBase64: (html, title) => {
    const pdf = HtmlService.createHtmlOutput(html).setTitle(title).getAs('application/pdf');
    return Utilities.base64Encode(pdf.getBytes());
  },
};

export const scriptMailer: Mailer = {
  send: (message) => {
    const html = message.html ?? escapeHtml(message.body).replace(/\n/g, '<br>');
    MailApp.sendEmail({
      to: message.to.join(','),
      subject: message.subject,
      body: message.body,
      htmlBody: `<div style="font-family:Arial,sans-serif;font-size:14px">${html}</div>`,
      name: 'SPBE Workspace',
      ...(message.attachments && message.attachments.length > 0
        ? {
            attachments: message.attachments.map((a) =>
              Utilities.newBlob(Utilities.base64Decode(a.base64), a.mimeType, a.name),
            ),
          }
        : {}),
    });
  },
};
