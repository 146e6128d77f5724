/**
 * The SPBE part of the sidebar: holds the last view from the server and re-renders from it
 * after every change (the server's answer is the truth; nothing is patched locally). Events
 * are delegated to the fixed containers of index.html, so re-rendering their contents never
 * loses a listener.
 */
import type { PlanView, ProposalInput, SpbeView, VerificationInput } from '../../src/app/spbe-view';
import { escapeHtml } from '../../src/core/text/html';
import type { SidebarReply } from '../../src/ui/sheets/sidebar-api';
import { byId, CONNECTION_LOST, say } from '../dom';
import { callServer } from '../server';
import {
  checkYear,
  clearDownloads,
  confirmText,
  renderCoordinatorTools,
  renderDownloads,
} from './coordinator';
import { indicatorId } from './format';
import { readTarget, renderPlan, renderPlannerForm } from './planner';
import { renderDetail } from './render-detail';
import { renderHeader } from './render-header';
import { defaultOpen, renderTree } from './render-tree';
import { checkEvidence } from './validate-links';

const state: {
  view: SpbeView | null;
  /** Key of the indicator whose detail is open. */
  selected: string | null;
  /** A call is under way: a second click must not send the same change twice. */
  busy: boolean;
  /** Framework the planner form was drawn for; redrawn only when it changes. */
  plannerFor: string | null;
} = { view: null, selected: null, busy: false, plannerFor: null };

// ---- loading and drawing ----------------------------------------------------------------------

/**
 * Loads the view. A refusal (workbook not prepared, account not registered, quota) is shown
 * at the top, where the scores would be: it is the sidebar's main content until it is fixed.
 */
export async function loadSpbe(): Promise<void> {
  try {
    const reply = await callServer('spbeSidebarLoad');
    if (reply.ok) showView(reply.data);
    else showLoadError(reply.message);
  } catch {
    showLoadError(CONNECTION_LOST);
  }
}

function showLoadError(message: string): void {
  state.view = null;
  byId('spbe-kepala').innerHTML = `<p class="galat" role="alert">${escapeHtml(message)}</p>`;
  byId('spbe').hidden = true;
}

/** The <details> the user has open, so a redraw keeps their place in the tree. */
function openGroups(tree: HTMLElement): Set<string> {
  const open = tree.querySelectorAll<HTMLElement>('details[open]');
  return new Set(Array.from(open, (d) => d.dataset.buka ?? ''));
}

function showView(view: SpbeView): void {
  const tree = byId('pohon');
  const open = state.view ? openGroups(tree) : defaultOpen(view);
  state.view = view;
  byId('spbe-kepala').innerHTML = renderHeader(view);
  // Drawn on the first coordinator view only (hidden = not drawn yet), so a year being typed
  // and the download links survive the redraw that follows every save.
  const tools = byId('koordinator');
  if (!view.user.isCoordinator) {
    tools.hidden = true;
    tools.innerHTML = '';
  } else if (tools.hidden) {
    tools.innerHTML = renderCoordinatorTools();
    tools.hidden = false;
  }
  tree.innerHTML = renderTree(view, open);
  if (state.plannerFor !== view.framework.id) {
    byId('perencana').innerHTML = renderPlannerForm(view);
    byId('rencana-hasil').innerHTML = '';
    state.plannerFor = view.framework.id;
  }
  byId('spbe').hidden = false;
  const selected =
    state.selected === null ? undefined : view.indicators.find((i) => i.key === state.selected);
  if (selected) byId('rincian').innerHTML = renderDetail(view, selected);
  else if (state.selected !== null) showList();
}

function focusOn(id: string): void {
  document.getElementById(id)?.focus();
}

function openDetail(key: string): void {
  const indicator = state.view?.indicators.find((i) => i.key === key);
  if (!state.view || !indicator) return;
  state.selected = key;
  const detail = byId('rincian');
  detail.innerHTML = renderDetail(state.view, indicator);
  byId('daftar').hidden = true;
  detail.hidden = false;
  say('');
  focusOn('rincian-judul');
}

function showList(): void {
  const key = state.selected;
  state.selected = null;
  const detail = byId('rincian');
  detail.hidden = true;
  detail.innerHTML = '';
  byId('daftar').hidden = false;
  if (key === null) return;
  // Back to where the user left: the indicator's own line, its groups unfolded.
  const line = document.getElementById(indicatorId(key));
  for (let d = line?.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
  line?.focus();
}

// ---- talking to the server --------------------------------------------------------------------

/** Runs a change with the form's buttons disabled; a refusal goes to the live region. */
async function send<T>(
  form: HTMLFormElement,
  busyText: string,
  request: () => Promise<SidebarReply<T>>,
): Promise<T | null> {
  if (state.busy) return null;
  state.busy = true;
  const focused = document.activeElement as HTMLElement | null;
  const buttons = Array.from(form.querySelectorAll('button'));
  const wasDisabled = buttons.map((b) => b.disabled);
  for (const b of buttons) b.disabled = true;
  form.setAttribute('aria-busy', 'true');
  say(busyText);
  try {
    const reply = await request();
    if (reply.ok) return reply.data;
    say(reply.message, 'galat');
    return null;
  } catch {
    say(CONNECTION_LOST, 'galat');
    return null;
  } finally {
    state.busy = false;
    buttons.forEach((b, i) => {
      b.disabled = wasDisabled[i] ?? false;
    });
    form.removeAttribute('aria-busy');
    // Disabling the focused button dropped focus to <body>; give it back if still there.
    if (focused?.isConnected && document.activeElement === document.body) focused.focus();
  }
}

/** A field's own error, read out when the field gets focus (aria-describedby). */
function fieldError(fieldId: string, message: string, errorId = `${fieldId}-galat`): void {
  const field = byId(fieldId);
  byId(errorId).textContent = message;
  field.setAttribute('aria-invalid', 'true');
  say('');
  field.focus();
}

function clearErrors(form: HTMLFormElement): void {
  for (const e of Array.from(form.querySelectorAll('.galat-isian'))) e.textContent = '';
  for (const f of Array.from(form.querySelectorAll('[aria-invalid]')))
    f.removeAttribute('aria-invalid');
}

const fieldValue = (id: string) => byId<HTMLInputElement | HTMLTextAreaElement>(id).value;

async function propose(form: HTMLFormElement): Promise<void> {
  const key = state.selected;
  if (key === null) return;
  clearErrors(form);
  const evidence = checkEvidence(fieldValue('bukti'));
  if (!evidence.ok) {
    fieldError('bukti', evidence.message);
    return;
  }
  const chosen = form.querySelector<HTMLInputElement>('input[name="level"]:checked');
  const level = chosen && chosen.value !== '' ? Number(chosen.value) : null;
  const input: ProposalInput = {
    key,
    level,
    evidence: evidence.links,
    notes: fieldValue('catatan'),
  };
  const view = await send(form, 'Menyimpan usulan…', () => callServer('spbeSidebarPropose', input));
  if (!view) return;
  byId('rencana-hasil').innerHTML = '';
  showView(view);
  say(
    level === null
      ? `Usulan indikator ${key} disimpan tanpa level.`
      : `Usulan level ${level} untuk indikator ${key} disimpan.`,
    'berhasil',
  );
  focusOn('rincian-judul');
}

async function verify(form: HTMLFormElement, decision: 'verify' | 'revise'): Promise<void> {
  const key = state.selected;
  if (key === null) return;
  clearErrors(form);
  const chosen = fieldValue('verif-level');
  const level = chosen === '' ? null : Number(chosen);
  const note = fieldValue('verif-catatan').trim();
  if (decision === 'verify' && level === null) {
    fieldError('verif-level', 'Level verifikasi: pilih level yang disetujui.');
    return;
  }
  if (decision === 'revise' && note === '') {
    fieldError('verif-catatan', 'Catatan verifikasi: tulis apa yang harus diperbaiki unit.');
    return;
  }
  const input: VerificationInput = {
    key,
    decision,
    level: decision === 'verify' ? level : null,
    note,
  };
  const view = await send(form, 'Menyimpan verifikasi…', () =>
    callServer('spbeSidebarVerify', input),
  );
  if (!view) return;
  byId('rencana-hasil').innerHTML = '';
  showView(view);
  say(
    decision === 'verify'
      ? `Indikator ${key} diverifikasi pada level ${level}.`
      : `Indikator ${key} dikembalikan ke unit untuk diperbaiki.`,
    'berhasil',
  );
  focusOn('rincian-judul');
}

async function plan(form: HTMLFormElement): Promise<void> {
  clearErrors(form);
  const target = readTarget(fieldValue('target-indeks'), fieldValue('target-predikat'));
  if (target === null) {
    fieldError(
      'target-indeks',
      'Target: isi indeks seperti 3.5 atau pilih predikat.',
      'target-galat',
    );
    return;
  }
  const out = byId('rencana-hasil');
  const result: PlanView | null = await send(form, 'Menghitung rencana…', () =>
    callServer('spbeSidebarPlan', target),
  );
  if (!result) {
    out.innerHTML = '';
    return;
  }
  out.innerHTML = renderPlan(target, result);
  say(result.message, result.reachable ? 'berhasil' : 'galat');
  focusOn('rencana-judul');
}

/** The confirm step of a year change. */
function askSwitch(form: HTMLFormElement): void {
  clearErrors(form);
  const year = checkYear(fieldValue('tahun-baru'));
  if (!year.ok) {
    hideConfirm();
    fieldError('tahun-baru', year.message);
    return;
  }
  byId('konfirmasi-teks').textContent = confirmText(year.year, fieldValue('kerangka-baru'));
  byId('konfirmasi-tahun').hidden = false;
  say('');
  focusOn('ganti-tahun');
}

function hideConfirm(): void {
  const step = document.getElementById('konfirmasi-tahun');
  if (step) step.hidden = true;
}

async function switchYear(form: HTMLFormElement): Promise<void> {
  const year = fieldValue('tahun-baru').trim();
  const framework = fieldValue('kerangka-baru');
  const view = await send(form, `Menyiapkan lembar penilaian tahun ${year}…`, () =>
    callServer('spbeSidebarSwitchYear', framework === '' ? { year } : { year, framework }),
  );
  if (!view) return;
  // The plan and the export were for the previous year.
  byId('rencana-hasil').innerHTML = '';
  clearDownloads();
  byId('unduhan').innerHTML = '';
  showView(view);
  form.reset();
  hideConfirm();
  byId<HTMLDetailsElement>('ganti-tahun-kotak').open = false;
  focusOn('ganti-tahun-judul');
  say(`Lembar penilaian disiapkan untuk tahun ${view.year} · ${view.framework.name}.`, 'berhasil');
}

async function exportAssessment(form: HTMLFormElement): Promise<void> {
  const files = await send(form, 'Menyiapkan PDF dan CSV…', () => callServer('spbeSidebarExport'));
  if (!files) return;
  byId('unduhan').innerHTML = renderDownloads(files);
  say(
    `Ekspor siap: ${files.fileBase}.pdf dan .csv. Pilih tautan Unduh di bawah tombol.`,
    'berhasil',
  );
}

// ---- events -------------------------------------------------------------------------------------

const closestIn = (event: Event, selector: string): HTMLElement | null =>
  (event.target as Element | null)?.closest?.<HTMLElement>(selector) ?? null;

export function wireSpbe(): void {
  byId('pohon').addEventListener('click', (event) => {
    const line = closestIn(event, 'button[data-indikator]');
    if (line?.dataset.indikator !== undefined) openDetail(line.dataset.indikator);
  });
  const detail = byId('rincian');
  detail.addEventListener('click', (event) => {
    const action = closestIn(event, 'button[data-aksi]')?.dataset.aksi;
    if (action === 'kembali') showList();
    if (action === 'perbaikan') {
      const form = byId<HTMLFormElement>('form-verifikasi');
      void verify(form, 'revise');
    }
  });
  detail.addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    if (form.id === 'form-usulan') void propose(form);
    if (form.id === 'form-verifikasi') void verify(form, 'verify');
  });
  const planner = byId('perencana');
  planner.addEventListener('submit', (event) => {
    event.preventDefault();
    void plan(event.target as HTMLFormElement);
  });
  // One target at a time: choosing a predicate clears the index and typing an index
  // clears the predicate, so what is sent is what the user sees.
  planner.addEventListener('change', (event) => {
    const id = (event.target as Element | null)?.id;
    if (id === 'target-predikat' && fieldValue('target-predikat') !== '')
      byId<HTMLInputElement>('target-indeks').value = '';
  });
  planner.addEventListener('input', (event) => {
    if ((event.target as Element | null)?.id === 'target-indeks')
      byId<HTMLSelectElement>('target-predikat').value = '';
  });
  const tools = byId('koordinator');
  tools.addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    if (form.id === 'form-tahun') askSwitch(form);
    if (form.id === 'form-ekspor') void exportAssessment(form);
  });
  tools.addEventListener('click', (event) => {
    const action = closestIn(event, 'button[data-aksi]')?.dataset.aksi;
    if (action === 'ganti-tahun') void switchYear(byId<HTMLFormElement>('form-tahun'));
    if (action === 'batal-tahun') {
      hideConfirm();
      focusOn('tahun-baru');
    }
  });
  // What is confirmed is what the form shows: editing the year or framework asks again.
  for (const type of ['input', 'change']) {
    tools.addEventListener(type, (event) => {
      const id = (event.target as Element | null)?.id;
      if (id === 'tahun-baru' || id === 'kerangka-baru') hideConfirm();
    });
  }
}
