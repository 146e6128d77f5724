/**
 * The daily-report editor in Gmail's compose window: which unit reports, the sections and
 * priorities of the config, who the report goes to (the Koordinator Email Daily) and who is
 * copied (the unit head), the pre-send checklist over the report exactly as it would be
 * inserted, and the draft update itself. Works before setup too, with the default template.
 */

import { type ChecklistItem, preSendChecklist } from '../../core/daily/checklist';
import {
  type DailyConfig,
  type DailySection,
  type DailyUnit,
  DEFAULT_DAILY_CONFIG,
} from '../../core/daily/config';
import { bareAddress } from '../../core/daily/response';
import { dailyReportHtml, dailyReportSubject } from '../../core/daily/template';
import { createWorkCalendar } from '../../core/workdays';
import type { Ports } from '../../ports';
import { locateDataBook } from '../data-book';
import { type DailyContext, dailyContextOf, unitNamed } from './context';

/** What the sender typed on the card (see src/ui/cards/daily/compose-input.ts). */
export interface ReportDraft {
  /** Unit code (or name) picked; '' for the sender's own unit. */
  readonly unit: string;
  /** Text of each section of the config, by position ('' when left empty). */
  readonly texts: readonly string[];
  readonly priority: string;
  /** The unit head approved the report another way than being in CC. */
  readonly approved: boolean;
}

export const EMPTY_DRAFT: ReportDraft = { unit: '', texts: [], priority: '', approved: false };

export interface ComposeView {
  /** Units to pick from; empty before setup or while the Unit table is empty. */
  readonly units: readonly Pick<DailyUnit, 'code' | 'name'>[];
  /** The reporting unit: the one picked, else the sender's; null when neither is known. */
  readonly unit: { readonly code: string; readonly name: string } | null;
  readonly sections: readonly DailySection[];
  readonly priorities: readonly string[];
  /** Subject with the unit and today's date (the config's zone). */
  readonly subject: string;
  /** The Koordinator Email Daily addresses. */
  readonly to: readonly string[];
  /** The unit head, when the Unit table has one (and it is not the sender). */
  readonly cc: readonly string[];
}

/** Recipients of the draft as Gmail reports them (draftAccess METADATA). */
export interface DraftRecipients {
  readonly to: readonly string[];
  readonly cc: readonly string[];
}

const NO_UNIT = '(nama unit)';

function viewOf(
  ports: Ports,
  config: DailyConfig,
  ctx: DailyContext | null,
  draft: ReportDraft,
): ComposeView {
  const mine = ctx?.me?.unit ?? '';
  const known = ctx ? unitNamed(config, draft.unit || mine) : undefined;
  // A sender whose Pengguna unit is not in the Unit table still reports under that name.
  const unit = known ?? (mine === '' ? null : { code: '', name: mine });
  const me = ports.identity.currentUserEmail();
  const head = known?.headEmail ?? '';
  return {
    units: config.units.map((u) => ({ code: u.code, name: u.name })),
    unit: unit ? { code: unit.code, name: unit.name } : null,
    sections: config.sections,
    priorities: config.priorities,
    subject: dailyReportSubject(unit?.name ?? NO_UNIT, ports.clock.now(), config.timeZone, config),
    to: (ctx?.users ?? []).filter((u) => u.roles.includes('KOORDINATOR_EMAIL')).map((u) => u.email),
    cc: head === '' || head === me ? [] : [head],
  };
}

/** The view and the body for the draft, with the settings when the data spreadsheet is ready. */
function prepare(ports: Ports, draft: ReportDraft) {
  const state = locateDataBook(ports);
  const ctx = state.kind === 'ready' ? dailyContextOf(ports, state.book) : null;
  // Before setup: the default template, so a unit can still write its report.
  const config = ctx?.config ?? DEFAULT_DAILY_CONFIG;
  const view = viewOf(ports, config, ctx, draft);
  const sections = Object.fromEntries(
    config.sections.map((s, i) => [s.name, draft.texts[i] ?? '']),
  );
  const htmlBody = dailyReportHtml(view.unit?.name ?? NO_UNIT, config, {
    sections,
    priority: draft.priority,
  });
  return { ctx, config, view, htmlBody };
}

export const composeView = (ports: Ports, draft: ReportDraft = EMPTY_DRAFT): ComposeView =>
  prepare(ports, draft).view;

/** Addresses in order, each once (compared without display name or case). */
function merged(first: readonly string[], then: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...first, ...then].filter((a) => {
    const key = bareAddress(a) || a.trim().toLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Subject, body and recipients to put into the draft. Gmail replaces a recipient line
 * whole, so the coordinators and the unit head are added to what the draft already has.
 */
export function draftUpdateOf(ports: Ports, draft: ReportDraft, recipients: DraftRecipients) {
  const { view, htmlBody } = prepare(ports, draft);
  return {
    subject: view.subject,
    htmlBody,
    to: merged(recipients.to, view.to),
    cc: merged(recipients.cc, view.cc),
  };
}

/**
 * Gmail does not show the add-on a draft's attachments, so a failed attachment check may be
 * wrong: the sender is told so instead of being told to attach a file already there.
 */
const attachmentCaveat = (item: ChecklistItem): ChecklistItem =>
  item.id === 'lampiran' && !item.ok
    ? {
        ...item,
        detail: `${item.detail} (Add-on tidak dapat melihat lampiran draf: abaikan bila berkasnya sudah dilampirkan.)`,
      }
    : item;

/** The pre-send checklist of the report as "Sisipkan" would insert it, to the draft's recipients. */
export function checkDraft(
  ports: Ports,
  draft: ReportDraft,
  recipients: DraftRecipients,
): { view: ComposeView; items: ChecklistItem[] } {
  const { ctx, config, view, htmlBody } = prepare(ports, draft);
  const now = ports.clock.now();
  const items = preSendChecklist({
    mail: {
      messageId: '',
      from: ports.identity.currentUserEmail(),
      to: recipients.to,
      cc: recipients.cc,
      subject: view.subject,
      receivedAt: now.getTime(),
      html: htmlBody,
    },
    config,
    calendar: ctx?.calendar() ?? createWorkCalendar({ timeZone: config.timeZone }),
    now,
    approvalRecorded: draft.approved,
  });
  return { view, items: items.map(attachmentCaveat) };
}
