/**
 * npm start: the local preview. Runs the built bundle on the demo fake workspace and serves
 * http://localhost:8080 (PORT overrides): the data spreadsheet's sheets, the Gmail and
 * Calendar homepage cards (buttons work), and the Sheets sidebar wired to the server through
 * a google.script.run stand-in. The workspace is saved to .preview/workspace.json after every
 * change and loaded on the next start (PREVIEW_FRESH=1 starts from the demo again).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { escapeHtml } from '../../src/core/text/html';
import { readDist } from '../runtime';
import { CARD_CSS } from './card-html';
import { createDemoWorkspace, DEMO_ADMIN, DEMO_USERS, loadWorkspace } from './demo';
import { cardOf, formInputsOf, previewPage } from './page';

const PORT = Number(process.env.PORT ?? 8080);
const STATE_FILE = process.env.PREVIEW_STATE ?? join(__dirname, '../../.preview/workspace.json');

function start() {
  const fresh = process.env.PREVIEW_FRESH === '1' || !existsSync(STATE_FILE);
  const session = fresh ? createDemoWorkspace() : loadWorkspace(readFileSync(STATE_FILE, 'utf8'));
  session.workspace.logger.echo = true;
  const save = () => {
    mkdirSync(dirname(STATE_FILE), { recursive: true });
    writeFileSync(STATE_FILE, session.workspace.save());
  };
  save();
  return { ...session, save };
}

const preview = start();

const body = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (chunk: Buffer) => {
      data += chunk.toString('utf8');
      if (data.length > 1_000_000) reject(new Error('request too large'));
    });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });

const send = (res: ServerResponse, status: number, type: string, content: string) => {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(content);
};

/** The browser side of google.script.run: each call is a POST to /run/<name>. */
const SCRIPT_RUN_SHIM = `<script>
window.google = { script: { run: (function make(ok, fail) {
  return new Proxy({}, { get: function (_t, name) {
    if (name === 'withSuccessHandler') return function (f) { return make(f, fail); };
    if (name === 'withFailureHandler') return function (f) { return make(ok, f); };
    return function () {
      fetch('/run/' + encodeURIComponent(name) + location.search, { method: 'POST', body: JSON.stringify(Array.from(arguments)) })
        .then(function (r) { return r.json(); })
        .then(function (reply) { if (reply.ok) { ok && ok(reply.value); } else { fail && fail(new Error(reply.message)); } })
        .catch(function (e) { fail && fail(e); });
    };
  } });
})() } };
</script>`;

function asUser(url: URL): void {
  const who = url.searchParams.get('as');
  preview.workspace.asUser(who && DEMO_USERS.some(([e]) => e === who) ? who : DEMO_ADMIN);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', `http://localhost:${PORT}`);
  asUser(url);
  const { runtime, workspace } = preview;
  if (req.method === 'GET' && url.pathname === '/') {
    send(
      res,
      200,
      'text/html',
      previewPage(runtime, workspace, url.searchParams.get('as') ?? DEMO_ADMIN),
    );
  } else if (req.method === 'GET' && url.pathname === '/sidebar') {
    send(res, 200, 'text/html', readDist().sidebar.replace('<head>', `<head>${SCRIPT_RUN_SHIM}`));
  } else if (req.method === 'POST' && url.pathname.startsWith('/run/')) {
    const name = decodeURIComponent(url.pathname.slice('/run/'.length));
    const args = JSON.parse((await body(req)) || '[]') as unknown[];
    const reply = runtime.isTopLevelFunction(name)
      ? runtime.scriptRun(name, args)
      : { ok: false, message: `Script function not found: ${name}` };
    preview.save();
    send(res, 200, 'application/json', JSON.stringify(reply));
  } else if (req.method === 'POST' && url.pathname === '/action') {
    // A card button: run its function with the add-on event object Google would send,
    // the card's inputs in commonEventObject.formInputs.
    const { fn, parameters, host, form } = JSON.parse(await body(req)) as {
      fn: string;
      parameters: Record<string, string>;
      host: string;
      form?: unknown;
    };
    const event = {
      hostApp: host,
      commonEventObject: {
        hostApp: host.toUpperCase(),
        parameters,
        formInputs: formInputsOf(form),
      },
      parameters,
    };
    const result = runtime.isTopLevelFunction(fn) ? runtime.run(fn, event) : null;
    preview.save();
    const json = result ? cardOf(result) : null;
    send(
      res,
      200,
      'application/json',
      JSON.stringify(
        json
          ? { html: json.html, notification: json.notification }
          : { notification: `Fungsi ${fn} tidak ada` },
      ),
    );
  } else if (req.method === 'GET' && url.pathname === '/card.css') {
    send(res, 200, 'text/css', CARD_CSS);
  } else {
    send(res, 404, 'text/plain', `Tidak ditemukan: ${escapeHtml(url.pathname)}`);
  }
}

createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    send(res, 500, 'text/plain', 'Terjadi kesalahan di server pratinjau; lihat terminal.');
  });
}).listen(PORT, () => {
  console.log(
    `Pratinjau SPBE Workspace: http://localhost:${PORT}  (status disimpan di ${STATE_FILE})`,
  );
});
