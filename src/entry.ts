/**
 * The one list of functions Apps Script calls by name: simple triggers, menu items,
 * google.script.run targets, add-on triggers and card actions (appsscript.json), and
 * time-driven job handlers. The build turns every export here into a top-level function of
 * dist/Code.js. Each is a thin wrapper: wire the Apps Script ports into a use-case and turn
 * failures into a message the user can read.
 */
import { type AgendaContext, loadAgendaContext } from './app/agenda/context';
import { hourlyAgenda, nightlyAgenda } from './app/agenda/jobs';
import { openCalendarEvent, openItem } from './app/agenda/open';
import { emailAgendaHarian } from './app/agenda/print';
import { homeView, type ItemView } from './app/agenda/views';
import { changeStatus, markChecklist, submitRequest } from './app/agenda/workflow';
import { adminNotices } from './app/daily/admin-notices';
import { dailyComplianceJob } from './app/daily/compliance-job';
import { checkDraft, composeView, draftUpdateOf, EMPTY_DRAFT } from './app/daily/compose';
import { dailyIngestJob, enableIngestion } from './app/daily/jobs';
import { dailyKpiJob } from './app/daily/kpi-job';
import { openMessageView } from './app/daily/message';
import { dailyResponseJob, enableResponseTracking } from './app/daily/response-job';
import { logReport, rejectReport } from './app/daily/review';
import { dailySettingsNotices } from './app/daily/settings-notices';
import { nightlyMaintenance } from './app/jobs';
import { type SetupReport, setupWorkspace } from './app/setup';
import { type ExportFiles, exportAssessment } from './app/spbe-export';
import {
  loadSpbeView,
  planForWorkbook,
  proposeLevel,
  switchYear,
  verifyLevel,
} from './app/spbe-sidebar';
import type { PlanView, SpbeView } from './app/spbe-view';
import {
  copyFrameworksToSheet,
  parseYear,
  prepareWorkbook,
  scoreWorkbook,
  updateHistoryAndRoadmap,
} from './app/spbe-workbook';
import { type WorkspaceStatus, workspaceStatus } from './app/status';
import { AgendaRequestError } from './core/agenda/request';
import { formatLocation, requestSettingsOf } from './core/agenda/settings';
import { isAgendaStatus } from './core/agenda/status';
import { toUserMessage, UserError } from './core/errors';
import { sheetIndex, sheetPredicate } from './core/spbe/sheet-functions';
import { isoDateIn } from './core/time/format';
import {
  renderActionResult,
  renderCard,
  renderDraftUpdate,
  renderUniversalCards,
} from './gas/cards';
import { readOpenEvent } from './gas/host-context';
import { gasPorts } from './gas/ports';
import { addMenu, askText, openSidebar, showDialog, tellUser } from './gas/sheets-ui';
import { actionFormCard, printFormCard, requestFormCard } from './ui/cards/agenda/forms';
import { agendaHomeCard } from './ui/cards/agenda/home';
import { agendaItemCard } from './ui/cards/agenda/item';
import { draftFromForm, requestFromForm } from './ui/cards/agenda/request-input';
import { eventCard } from './ui/cards/calendar';
import { composeCard } from './ui/cards/daily/compose';
import { reportDraftOf } from './ui/cards/daily/compose-input';
import { draftRecipientsOf, openMessageIdsOf } from './ui/cards/daily/event';
import { REVIEW_INPUTS } from './ui/cards/daily/report';
import { dailySettingsSection } from './ui/cards/daily/settings-problems';
import { dailyAdminSection } from './ui/cards/daily-admin';
import { errorCard } from './ui/cards/error';
import { parametersOf, readForm } from './ui/cards/form';
import { messageCard } from './ui/cards/gmail';
import { type HostApp, homepageCard } from './ui/cards/homepage';
import type { Card, Section } from './ui/cards/model';
import { settingsCard } from './ui/cards/settings';
import { downloadDialogHtml } from './ui/sheets/download-dialog';
import {
  copiedFrameworksSummary,
  historySummary,
  prepareSummary,
  scoreSummary,
  setupSummary,
} from './ui/sheets/messages';
import { type SidebarReply, sidebarReply } from './ui/sheets/sidebar-api';

/** The add-on event object: the fields this code reads (Google sends more). */
interface AddOnEvent {
  hostApp?: string;
  gmail?: { messageId?: string; threadId?: string; accessToken?: string };
  calendar?: { calendarId?: string; id?: string };
}

const logFailure = (error: unknown) => gasPorts.log.error('Aksi gagal', error);

/** The card, or the error card when building it failed. */
function safely(build: () => Card): Card {
  try {
    return build();
  } catch (error) {
    logFailure(error);
    return errorCard(toUserMessage(error));
  }
}

const cardOrError = (build: () => Card) => renderCard(safely(build));

/** Custom functions show a thrown message on the #ERROR! cell: make it the Indonesian one. */
function customFunction<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw new Error(toUserMessage(error).message);
  }
}

function notifyOnError(
  act: () => GoogleAppsScript.Card_Service.ActionResponse,
): GoogleAppsScript.Card_Service.ActionResponse {
  try {
    return act();
  } catch (error) {
    logFailure(error);
    return renderActionResult({ notification: toUserMessage(error).message });
  }
}

/** Simple trigger. Runs in AuthMode.NONE for an add-on not yet used in this file: menu only. */
export function onOpen(_e?: unknown): void {
  addMenu();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function showSidebar(): void {
  openSidebar();
}

/**
 * Runs a menu action: what it returns is shown as `title`; a failure is logged and shown as
 * `failTitle` with the Indonesian message.
 */
function menuAction(title: string, failTitle: string, act: () => string | null): void {
  try {
    const message = act();
    if (message !== null) tellUser(title, message);
  } catch (error) {
    logFailure(error);
    tellUser(failTitle, toUserMessage(error).message);
  }
}

/** Menu item: run setup and say what it did. */
export function menuSetup(): void {
  menuAction('Penyiapan selesai', 'Penyiapan gagal', () => setupSummary(setupWorkspace(gasPorts)));
}

/** Menu item: create or migrate the scoring sheets for an evaluation year. */
export function menuPrepareWorkbook(): void {
  menuAction('Lembar penilaian siap', 'Lembar penilaian belum siap', () => {
    const thisYear = isoDateIn(gasPorts.clock.now()).slice(0, 4);
    const answer = askText(
      'Siapkan lembar penilaian',
      `Tahun evaluasi (kosongkan untuk ${thisYear}):`,
    );
    if (answer === null) return null;
    return prepareSummary(prepareWorkbook(gasPorts, parseYear(answer, gasPorts.clock.now())));
  });
}

/** Menu item: recompute Ringkasan from Penilaian. */
export function menuScoreWorkbook(): void {
  menuAction('Ringkasan diperbarui', 'Ringkasan belum diperbarui', () =>
    scoreSummary(scoreWorkbook(gasPorts)),
  );
}

/** Menu item: copy the shipped frameworks to a Kerangka sheet for the admin to correct. */
export function menuCopyFrameworks(): void {
  menuAction('Kerangka disalin', 'Kerangka belum disalin', () =>
    copiedFrameworksSummary(copyFrameworksToSheet(gasPorts).frameworks),
  );
}

/** Menu item: recompute Riwayat (history) and Rencana (roadmap gains). */
export function menuUpdateHistory(): void {
  menuAction('Riwayat dan rencana diperbarui', 'Riwayat dan rencana belum diperbarui', () =>
    historySummary(updateHistoryAndRoadmap(gasPorts)),
  );
}

/** Menu item: the year's assessment as PDF and CSV for the evaluation file. */
export function menuExportAssessment(): void {
  menuAction('', 'Ekspor gagal', () => {
    const files = exportAssessment(gasPorts);
    showDialog(
      'Ekspor penilaian SPBE',
      downloadDialogHtml('Ringkasan penilaian dan daftar bukti dukung per indikator:', [
        { name: `${files.fileBase}.pdf`, mimeType: 'application/pdf', base64: files.pdfBase64 },
        { name: `${files.fileBase}.csv`, mimeType: 'text/csv;charset=utf-8', text: files.csv },
      ]),
    );
    return null;
  });
}

/** Sidebar: the same export, downloaded from the panel. */
export function spbeSidebarExport(): SidebarReply<ExportFiles> {
  return sidebarReply(() => exportAssessment(gasPorts), logFailure);
}

/** For the admin running setup from the Apps Script editor; returns the report. */
export function setup(): SetupReport {
  return setupWorkspace(gasPorts);
}

/**
 * Indeks SPBE dari level indikator, dihitung persis seperti KemenPANRB (dibulatkan 2 desimal).
 *
 * @param {Array<Array<number>>} levels Rentang level: satu kolom berurutan sesuai kerangka, atau dua kolom "indikator | level".
 * @param {string} framework Opsional. Kerangka, mis. "permenpanrb-59-2020"; kosong = kerangka yang berlaku pada tahun itu.
 * @param {number} year Opsional. Tahun evaluasi; kosong = tahun ini.
 * @return {number} Indeks SPBE, 2 desimal.
 * @customfunction
 */
export function SPBE_INDEKS(levels: unknown, framework?: string, year?: number): number {
  return customFunction(() => sheetIndex(levels, framework, year, gasPorts.clock.now()));
}

/**
 * Predikat SPBE (Memuaskan, Sangat Baik, Baik, Cukup, Kurang) menurut aturan pembulatan tahun evaluasi.
 *
 * @param {Array<Array<number>>|number} levels Rentang level indikator (paling tepat), atau nilai indeks.
 * @param {string} framework Opsional. Kerangka, mis. "permenpanrb-59-2020".
 * @param {number} year Opsional. Tahun evaluasi; kosong = tahun ini.
 * @return {string} Predikat.
 * @customfunction
 */
export function SPBE_PREDIKAT(levels: unknown, framework?: string, year?: number): string {
  return customFunction(() => sheetPredicate(levels, framework, year, gasPorts.clock.now()));
}

/** Sidebar: the SPBE workbook as the signed-in user may see it. */
export function spbeSidebarLoad(): SidebarReply<SpbeView> {
  return sidebarReply(() => loadSpbeView(gasPorts), logFailure);
}

/** Sidebar: a unit proposes a level, evidence links and notes for one indicator. */
export function spbeSidebarPropose(input: unknown): SidebarReply<SpbeView> {
  return sidebarReply(() => proposeLevel(gasPorts, input), logFailure);
}

/** Sidebar: the coordinator verifies a level or asks for a revision. */
export function spbeSidebarVerify(input: unknown): SidebarReply<SpbeView> {
  return sidebarReply(() => verifyLevel(gasPorts, input), logFailure);
}

/** Sidebar: the coordinator prepares the workbook for another year: `{year, framework?}`. */
export function spbeSidebarSwitchYear(input: unknown): SidebarReply<SpbeView> {
  return sidebarReply(() => switchYear(gasPorts, input), logFailure);
}

/** Sidebar: the cheapest level increases to reach a target index or predicate. */
export function spbeSidebarPlan(target: unknown): SidebarReply<PlanView> {
  return sidebarReply(() => planForWorkbook(gasPorts, target), logFailure);
}

/** google.script.run target of the sidebar. */
export function sidebarStatus(): SidebarReply<WorkspaceStatus> {
  return sidebarReply(() => workspaceStatus(gasPorts), logFailure);
}

export function homepage(e: AddOnEvent): GoogleAppsScript.Card_Service.Card {
  const host: HostApp = e?.hostApp === 'calendar' ? 'calendar' : 'gmail';
  return cardOrError(() => (host === 'calendar' ? calendarHome() : gmailHome()));
}

/**
 * LENTERA's homepage; Admin Sistem also sees what the staff registry and problem log need, and
 * with the Koordinator Email Daily, what the LENTERA settings sheets need.
 */
function gmailHome(): Card {
  const notices = adminNotices(gasPorts);
  const section = notices && dailyAdminSection(notices);
  const settingsProblems = dailySettingsNotices(gasPorts);
  const settings = settingsProblems && dailySettingsSection(settingsProblems);
  const extra = [section, settings].filter((s): s is Section => s !== null);
  return homepageCard('gmail', workspaceStatus(gasPorts), extra);
}

/** The agenda homepage once setup is done; until then, the status card that says what to do. */
function calendarHome(): Card {
  const status = workspaceStatus(gasPorts);
  return status.data.state === 'ready' && status.user.registered
    ? agendaHomeCard(homeView(loadAgendaContext(gasPorts)))
    : homepageCard('calendar', status);
}

export function universalSettings(
  _e: AddOnEvent,
): GoogleAppsScript.Card_Service.UniversalActionResponse {
  return renderUniversalCards([safely(() => settingsCard(workspaceStatus(gasPorts)))]);
}

export function actionShowSettings(_e: AddOnEvent): GoogleAppsScript.Card_Service.ActionResponse {
  return notifyOnError(() =>
    renderActionResult({ navigation: { pushCard: settingsCard(workspaceStatus(gasPorts)) } }),
  );
}

export function actionRunSetup(_e: AddOnEvent): GoogleAppsScript.Card_Service.ActionResponse {
  return notifyOnError(() => {
    const report = setupWorkspace(gasPorts);
    return renderActionResult({
      notification: setupSummary(report),
      navigation: { updateCard: settingsCard(workspaceStatus(gasPorts)) },
    });
  });
}

export function gmailMessageOpen(e: AddOnEvent): GoogleAppsScript.Card_Service.Card {
  return cardOrError(() => messageCard(openMessageView(gasPorts, openMessageIdsOf(e))));
}

/** The report card again after a decision, with the sentence saying what was done. */
function reportDecision(e: AddOnEvent, decide: () => string) {
  return notifyOnError(() => {
    const notification = decide();
    const card = messageCard(openMessageView(gasPorts, openMessageIdsOf(e)));
    return renderActionResult({ notification, navigation: { updateCard: card } });
  });
}

/** Card button: the coordinator logs the open report (DICATAT). */
export function actionDailyLog(e: AddOnEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const form = readForm(e);
  const day = form.time(REVIEW_INPUTS.date);
  return reportDecision(e, () =>
    logReport(gasPorts, openMessageIdsOf(e), {
      unit: form.text(REVIEW_INPUTS.unit),
      // A date picker gives the chosen date at 00:00 UTC.
      date: Number.isFinite(day) ? new Date(day).toISOString().slice(0, 10) : '',
    }),
  );
}

/** Card button: the coordinator rejects the open report with a reason, emailed to the sender. */
export function actionDailyReject(e: AddOnEvent): GoogleAppsScript.Card_Service.ActionResponse {
  return reportDecision(e, () =>
    rejectReport(gasPorts, openMessageIdsOf(e), readForm(e).text(REVIEW_INPUTS.reason)),
  );
}

export function gmailComposeOpen(_e: AddOnEvent): GoogleAppsScript.Card_Service.Card {
  return cardOrError(() => composeCard(composeView(gasPorts), EMPTY_DRAFT));
}

/** Card button in compose: the pre-send checklist over the report as it would be inserted. */
export function actionDailyCheckDraft(e: AddOnEvent): GoogleAppsScript.Card_Service.ActionResponse {
  return notifyOnError(() => {
    const draft = reportDraftOf(readForm(e));
    const { view, items } = checkDraft(gasPorts, draft, draftRecipientsOf(e));
    return renderActionResult({ navigation: { updateCard: composeCard(view, draft, items) } });
  });
}

/** Card button in compose: the filled report, its subject and recipients into the draft. */
export function actionInsertDailyTemplate(
  e: AddOnEvent,
):
  | GoogleAppsScript.Card_Service.UpdateDraftActionResponse
  | GoogleAppsScript.Card_Service.ActionResponse {
  try {
    const draft = reportDraftOf(readForm(e));
    return renderDraftUpdate(draftUpdateOf(gasPorts, draft, draftRecipientsOf(e)));
  } catch (error) {
    logFailure(error);
    return renderActionResult({ notification: toUserMessage(error).message });
  }
}

function eventCardFor(e: AddOnEvent, synced: boolean): Card {
  const { calendarId, id } = e?.calendar ?? {};
  const agenda = calendarId && id ? openCalendarEvent(gasPorts, calendarId, id, synced) : null;
  if (agenda) return itemCardOf(agenda.ctx, agenda.view);
  const event = readOpenEvent(e);
  return event ? eventCard(event) : calendarHome();
}

export function calendarEventOpen(e: AddOnEvent): GoogleAppsScript.Card_Service.Card {
  return cardOrError(() => eventCardFor(e, false));
}

/** The user saved the open event in Calendar: take the edit into the register, re-check it, show it. */
export function calendarEventUpdate(e: AddOnEvent): GoogleAppsScript.Card_Service.Card {
  return cardOrError(() => eventCardFor(e, true));
}

const itemCardOf = (ctx: AgendaContext, view: ItemView) =>
  agendaItemCard(view, formatLocation(ctx.conventions, view.record.item.location));

const param = (e: AddOnEvent, key: string) => parametersOf(e)[key] ?? '';

/** Card button: one agenda item. */
export function actionAgendaOpen(e: AddOnEvent): GoogleAppsScript.Card_Service.ActionResponse {
  return notifyOnError(() => {
    const { ctx, view } = openItem(gasPorts, param(e, 'id'));
    return renderActionResult({ navigation: { pushCard: itemCardOf(ctx, view) } });
  });
}

/** Card button: the request form, with the requester's unit and contact filled in. */
export function actionAgendaRequestForm(
  _e: AddOnEvent,
): GoogleAppsScript.Card_Service.ActionResponse {
  return notifyOnError(() => {
    const ctx = loadAgendaContext(gasPorts);
    const me = ctx.users.find((u) => u.email === ctx.actor.email);
    const card = requestFormCard(requestSettingsOf(ctx.conventions), {
      unit: me?.unit ?? '',
      picName: me?.name ?? '',
      picEmail: ctx.actor.email,
    });
    return renderActionResult({ navigation: { pushCard: card } });
  });
}

/** Form submit: a new request. Invalid fields come back on the same form, values kept. */
export function actionAgendaSubmit(e: AddOnEvent): GoogleAppsScript.Card_Service.ActionResponse {
  return notifyOnError(() => {
    const form = readForm(e);
    try {
      const record = submitRequest(gasPorts, requestFromForm(form));
      const { ctx, view } = openItem(gasPorts, record.item.id);
      return renderActionResult({
        notification: `Agenda ${record.item.id} diajukan.`,
        navigation: { updateCard: itemCardOf(ctx, view) },
      });
    } catch (error) {
      if (!(error instanceof AgendaRequestError)) throw error;
      const ctx = loadAgendaContext(gasPorts);
      return renderActionResult({
        notification: 'Periksa kembali isian yang ditandai.',
        navigation: {
          updateCard: requestFormCard(
            requestSettingsOf(ctx.conventions),
            draftFromForm(form),
            error.problems.map((p) => p.message),
          ),
        },
      });
    }
  });
}

/** Card button: the form of an action that needs input (reason, delegate, new time). */
export function actionAgendaActionForm(
  e: AddOnEvent,
): GoogleAppsScript.Card_Service.ActionResponse {
  return notifyOnError(() => {
    const { view } = openItem(gasPorts, param(e, 'id'));
    const action = view.actions.find((a) => a.to === param(e, 'to'));
    if (!action)
      throw new UserError('Tindakan ini tidak tersedia untuk Anda pada status agenda sekarang.');
    return renderActionResult({
      navigation: { pushCard: actionFormCard(view.record, action, view.otherLeaders) },
    });
  });
}

/** Card button: move an item to another status (the server checks the user's right again). */
export function actionAgendaTransition(
  e: AddOnEvent,
): GoogleAppsScript.Card_Service.ActionResponse {
  return notifyOnError(() => {
    const form = readForm(e);
    const id = param(e, 'id');
    const to = param(e, 'to');
    if (!isAgendaStatus(to)) throw new UserError(`Status "${to}" tidak dikenal.`);
    const time = (name: string) => {
      const ms = form.time(name);
      return Number.isFinite(ms) ? { [name]: new Date(ms) } : {};
    };
    const record = changeStatus(gasPorts, id, to, {
      note: form.text('note'),
      reason: form.text('reason'),
      delegate: form.text('delegate'),
      ...time('newStart'),
      ...time('newEnd'),
    });
    const { ctx, view } = openItem(gasPorts, id);
    return renderActionResult({
      notification: `Agenda ${id}: ${record.item.status}.`,
      navigation: { updateCard: itemCardOf(ctx, view) },
    });
  });
}

/** Card button: tick or reopen a checklist line. */
export function actionAgendaChecklist(e: AddOnEvent): GoogleAppsScript.Card_Service.ActionResponse {
  return notifyOnError(() => {
    const id = param(e, 'id');
    markChecklist(gasPorts, id, param(e, 'line'), param(e, 'done') === 'ya');
    const { ctx, view } = openItem(gasPorts, id);
    return renderActionResult({ navigation: { updateCard: itemCardOf(ctx, view) } });
  });
}

/** Card button: choose leader and day of the printable Agenda Harian. */
export function actionAgendaPrintForm(
  _e: AddOnEvent,
): GoogleAppsScript.Card_Service.ActionResponse {
  return notifyOnError(() => {
    const ctx = loadAgendaContext(gasPorts);
    const card = printFormCard(
      ctx.conventions.leaders.map((l) => l.name),
      ctx.now.getTime(),
    );
    return renderActionResult({ navigation: { pushCard: card } });
  });
}

/** Form submit: email the Agenda Harian PDF to the user. */
export function actionAgendaPrint(e: AddOnEvent): GoogleAppsScript.Card_Service.ActionResponse {
  return notifyOnError(() => {
    const form = readForm(e);
    const day = form.time('day');
    // A date picker gives the chosen date at 00:00 UTC.
    const date = Number.isFinite(day) ? new Date(day).toISOString().slice(0, 10) : '';
    const message = emailAgendaHarian(gasPorts, form.text('leader'), date);
    return renderActionResult({ notification: message, navigation: { popCard: true } });
  });
}

/** Gmail homepage button: the coordinator switches on the hourly report ingestion. */
export function actionDailyEnableIngest(
  _e: AddOnEvent,
): GoogleAppsScript.Card_Service.ActionResponse {
  return notifyOnError(() => renderActionResult({ notification: enableIngestion(gasPorts) }));
}

export function jobDailyIngest(_e?: unknown): string {
  return dailyIngestJob(gasPorts);
}

/** Gmail homepage button: the owner of a watched address switches on response-time tracking. */
export function actionDailyEnableResponse(
  _e: AddOnEvent,
): GoogleAppsScript.Card_Service.ActionResponse {
  return notifyOnError(() =>
    renderActionResult({ notification: enableResponseTracking(gasPorts) }),
  );
}

export function jobDailyResponse(_e?: unknown): string {
  return dailyResponseJob(gasPorts);
}

export function jobDailyKpi(_e?: unknown): string {
  return dailyKpiJob(gasPorts);
}

export function jobDailyCompliance(_e?: unknown): string {
  return dailyComplianceJob(gasPorts);
}

export function jobAgendaHourly(_e?: unknown): string {
  return hourlyAgenda(gasPorts);
}

export function jobAgendaNightly(_e?: unknown): string {
  return nightlyAgenda(gasPorts);
}

export function jobNightly(_e?: unknown): string {
  return nightlyMaintenance(gasPorts);
}
