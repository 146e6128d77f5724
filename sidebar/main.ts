/**
 * Sidebar client: the SPBE assessment (scores, indicators, proposals, verification, planner)
 * and, folded at the bottom, the workspace status. Both are asked for at once.
 */
import { escapeHtml } from '../src/core/text/html';
import { byId, CONNECTION_LOST, say } from './dom';
import { renderStatus } from './render';
import { callServer } from './server';
import { loadSpbe, wireSpbe } from './spbe/app';

/** The status is folded away at the bottom, so a failure to load it goes to the live region. */
async function loadStatus(): Promise<string | null> {
  const content = byId('isi');
  let failure: string | null;
  try {
    const reply = await callServer('sidebarStatus');
    failure = reply.ok ? null : reply.message;
    content.innerHTML = reply.ok
      ? renderStatus(reply.data)
      : `<p class="galat">${escapeHtml(reply.message)}</p>`;
  } catch {
    failure = CONNECTION_LOST;
    content.innerHTML = `<p class="galat">${escapeHtml(CONNECTION_LOST)}</p>`;
  }
  content.hidden = false;
  return failure;
}

async function load(): Promise<void> {
  const reload = byId<HTMLButtonElement>('muat-ulang');
  reload.disabled = true;
  say('Memuat…');
  const [statusFailure] = await Promise.all([loadStatus(), loadSpbe()]);
  say(statusFailure ?? '', statusFailure === null ? 'info' : 'galat');
  reload.disabled = false;
}

wireSpbe();
byId('muat-ulang').addEventListener('click', () => {
  void load();
});
void load();
