/** The preview's HTML: the data spreadsheet's sheets, the homepage cards and the sidebar. */
import { escapeHtml } from '../../src/core/text/html';
import type { FakeWorkspace } from '../fake/workspace';
import type { AppsScriptRuntime } from '../runtime';
import { renderCardHtml } from './card-html';
import { DEMO_USERS } from './demo';

type Json = Record<string, unknown>;

/** Finds the card (and the notification) in whatever a card function returned. */
export function cardOf(
  result: unknown,
): { html: string | null; notification: string | null } | null {
  if (result === null || typeof result !== 'object' || !('printJson' in result)) return null;
  const json = JSON.parse((result as { printJson(): string }).printJson()) as Json;
  const action = (json.renderActions as Json | undefined)?.action as Json | undefined;
  const notification =
    ((action?.notification as Json | undefined)?.text as string | undefined) ?? null;
  const navigations = (action?.navigations as Json[] | undefined) ?? [];
  const fromNavigation = navigations
    .map((n) => (n.pushCard ?? n.updateCard) as Json | undefined)
    .find(Boolean);
  const card = 'sections' in json ? json : fromNavigation;
  return { html: card ? renderCardHtml(card) : null, notification };
}

function sheetsSection(runtime: AppsScriptRuntime): string {
  const reply = runtime.scriptRun('sidebarStatus', []);
  if (!reply.ok) return `<p class="galat">${escapeHtml(reply.message)}</p>`;
  const status = (reply.value as { data: Json }).data as {
    data: {
      state: string;
      name?: string;
      sheets?: { name: string; rows: number }[];
      message?: string;
    };
  };
  const data = status.data;
  if (data.state !== 'ready')
    return `<p>Spreadsheet data: ${escapeHtml(data.message ?? 'belum disiapkan')}</p>`;
  const rows = (data.sheets ?? [])
    .map((s) => `<tr><td>${escapeHtml(s.name)}</td><td>${s.rows}</td></tr>`)
    .join('');
  return `<p>${escapeHtml(data.name ?? '')}</p><table><thead><tr><th>Lembar</th><th>Baris data</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function panel(title: string, host: string, result: unknown): string {
  const card = cardOf(result);
  return `<section class="panel" data-host="${host}"><h2>${escapeHtml(title)}</h2><div class="card-slot">${card?.html ?? '<p>(tidak ada kartu)</p>'}</div></section>`;
}

/** One card input as the preview page sends it: the browser's own input type and value. */
export interface PreviewField {
  readonly name: string;
  readonly type: string;
  readonly value: string;
}

/** google.apps.card.v1 `Inputs`, as Google puts them in `commonEventObject.formInputs`. */
export type FormInput =
  | { readonly stringInputs: { readonly value: string[] } }
  | {
      readonly dateTimeInput: {
        readonly msSinceEpoch: string;
        readonly hasDate: true;
        readonly hasTime: true;
      };
    }
  | { readonly dateInput: { readonly msSinceEpoch: string } }
  | { readonly timeInput: { readonly hours: number; readonly minutes: number } };

/**
 * The card's fields (from the page's CARD_SCRIPT) in Google's event shape. Pickers arrive as
 * the browser's values: datetime-local is WIB wall time (the add-on's pickers show WIB),
 * date is the calendar date (Google sends it at 00:00 UTC), time is hours and minutes.
 * int64s are strings, as in Google's JSON. Malformed entries are left out.
 */
export function formInputsOf(fields: unknown): Record<string, FormInput> {
  const inputs = new Map<string, FormInput>();
  const strings = new Map<string, string[]>();
  for (const raw of Array.isArray(fields) ? fields : []) {
    const f = raw !== null && typeof raw === 'object' ? (raw as Partial<PreviewField>) : {};
    const { name, type, value } = f;
    if (typeof name !== 'string' || name === '' || typeof value !== 'string') continue;
    if (type === 'datetime-local') {
      const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(?:\.\d{1,3})?)?$/.exec(value);
      const ms = m ? Date.parse(`${m[1]}${m[2] ?? ':00'}+07:00`) : Number.NaN;
      if (Number.isFinite(ms)) {
        inputs.set(name, {
          dateTimeInput: { msSinceEpoch: String(ms), hasDate: true, hasTime: true },
        });
      }
    } else if (type === 'date') {
      const ms = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : Number.NaN;
      if (Number.isFinite(ms)) inputs.set(name, { dateInput: { msSinceEpoch: String(ms) } });
    } else if (type === 'time') {
      const m = /^(\d{2}):(\d{2})/.exec(value);
      const hours = Number(m?.[1]);
      const minutes = Number(m?.[2]);
      if (m && hours < 24 && minutes < 60) inputs.set(name, { timeInput: { hours, minutes } });
    } else {
      strings.set(name, [...(strings.get(name) ?? []), value]);
    }
  }
  for (const [name, value] of strings) inputs.set(name, { stringInputs: { value } });
  return Object.fromEntries(inputs);
}

/**
 * Card buttons post their action, with the card's form fields, to /action and show the card
 * or notification it returns. As in Google, empty text boxes and pickers and unticked boxes
 * are not sent.
 */
const CARD_SCRIPT = `<script>
function cardFields(form) {
  var fields = [];
  if (!form) return fields;
  Array.prototype.forEach.call(form.elements, function (el) {
    if (!el.name || el.disabled) return;
    var type = (el.type || '').toLowerCase();
    if (type === 'checkbox' || type === 'radio') {
      if (el.checked) fields.push({ name: el.name, type: 'text', value: el.value });
    } else if (el.tagName === 'SELECT') {
      Array.prototype.forEach.call(el.options, function (o) {
        if (o.selected) fields.push({ name: el.name, type: 'text', value: o.value });
      });
    } else if (type !== 'button' && type !== 'submit' && type !== 'reset' && el.value !== '') {
      var picker = type === 'date' || type === 'time' || type === 'datetime-local';
      fields.push({ name: el.name, type: picker ? type : 'text', value: el.value });
    }
  });
  return fields;
}
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-function]');
  if (!button) return;
  event.preventDefault();
  var panel = button.closest('.panel');
  var parameters = JSON.parse(button.getAttribute('data-parameters') || '{}');
  var form = cardFields(button.closest('form'));
  fetch('/action' + location.search, { method: 'POST', body: JSON.stringify({ fn: button.getAttribute('data-function'), parameters: parameters, host: panel.getAttribute('data-host'), form: form }) })
    .then(function (r) { return r.json(); })
    .then(function (reply) {
      if (reply.html) panel.querySelector('.card-slot').innerHTML = reply.html;
      if (reply.notification) { var n = document.getElementById('notifikasi'); n.textContent = reply.notification; n.hidden = false; setTimeout(function () { n.hidden = true; }, 6000); }
    });
});
</script>`;

/** The newest daily report in the signed-in user's mailbox, as Gmail would open it. */
function newestReport(workspace: FakeWorkspace): { messageId: string; threadId: string } | null {
  const gmail = workspace.gmail.globals().Gmail as unknown as GoogleAppsScript.Gmail;
  const [thread] =
    gmail.Users.Threads.list('me', { q: 'subject:"LAPORAN HARIAN" -in:sent', maxResults: 1 })
      .threads ?? [];
  if (!thread?.id) return null;
  const messages = gmail.Users.Threads.get('me', thread.id, { format: 'minimal' }).messages ?? [];
  const last = messages[messages.length - 1];
  return last?.id ? { messageId: last.id, threadId: thread.id } : null;
}

export function previewPage(
  runtime: AppsScriptRuntime,
  workspace: FakeWorkspace,
  user: string,
): string {
  const options = DEMO_USERS.map(
    ([email, name]) =>
      `<option value="${escapeHtml(email)}"${email === user ? ' selected' : ''}>${escapeHtml(name)} (${escapeHtml(email)})</option>`,
  ).join('');
  const gmail = panel('Gmail — beranda', 'gmail', runtime.run('homepage', { hostApp: 'gmail' }));
  const opened = newestReport(workspace);
  const message = opened
    ? panel(
        'Gmail — laporan harian terbaru dibuka',
        'gmail',
        runtime.run('gmailMessageOpen', {
          hostApp: 'gmail',
          gmail: { ...opened, accessToken: '' },
        }),
      )
    : '';
  const compose = panel(
    'Gmail — menulis email (Laporan harian)',
    'gmail',
    runtime.run('gmailComposeOpen', { hostApp: 'gmail', gmail: {} }),
  );
  const calendar = panel(
    'Calendar — beranda',
    'calendar',
    runtime.run('homepage', { hostApp: 'calendar' }),
  );
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>SPBE Workspace — pratinjau</title><link rel="stylesheet" href="/card.css">
<style>body{font:14px/1.45 Roboto,Arial,sans-serif;margin:0;background:#f1f3f4;color:#202124}header{background:#0b5394;color:#fff;padding:12px 16px}
main{display:flex;flex-wrap:wrap;gap:16px;padding:16px}.panel{background:#fff;border-radius:8px;padding:12px;width:360px;box-shadow:0 1px 3px #0003}
h2{font-size:15px;margin:0 0 8px}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e0e0e0;padding:4px;text-align:left}
iframe{border:1px solid #dadce0;width:300px;height:520px}#notifikasi{position:fixed;bottom:16px;left:16px;background:#323232;color:#fff;padding:10px 16px;border-radius:4px}.galat{color:#b3261e}</style>
</head><body><header><b>SPBE Workspace</b> — pratinjau lokal (ruang kerja tiruan: ${escapeHtml(workspace.kernel.now().toISOString())})
<form method="get" style="display:inline;margin-left:16px">Sebagai: <select name="as" onchange="this.form.submit()">${options}</select></form></header>
<main>
<section class="panel"><h2>Spreadsheet data</h2>${sheetsSection(runtime)}</section>
${gmail}
${message}
${compose}
${calendar}
<section class="panel"><h2>Sheets — panel samping</h2><iframe title="Panel samping SPBE Workspace" src="/sidebar?as=${encodeURIComponent(user)}"></iframe></section>
</main><div id="notifikasi" role="status" hidden></div>${CARD_SCRIPT}</body></html>`;
}
