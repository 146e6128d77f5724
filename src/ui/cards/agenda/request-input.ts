/**
 * The request form's values, from the card event to what readAgendaRequest checks (pickers
 * become Dates, check boxes a list) and back to the form when it has to be shown again.
 */
import type { FormValues } from '../form';
import type { RequestDraft } from './forms';

const TEXT_FIELDS = [
  'title',
  'activityType',
  'venue',
  'desa',
  'kecamatan',
  'unit',
  'picName',
  'picPhone',
  'picEmail',
  'invitationNumber',
  'invitationDate',
  'documents',
  'guests',
  'notes',
] as const;

export function requestFromForm(form: FormValues): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const name of TEXT_FIELDS) raw[name] = form.text(name);
  for (const name of ['start', 'end'] as const) {
    const ms = form.time(name);
    // Left empty, the check reports "wajib diisi".
    raw[name] = Number.isFinite(ms) ? new Date(ms) : '';
  }
  raw.leaders = form.list('leaders');
  return raw;
}

export function draftFromForm(form: FormValues): RequestDraft {
  const draft: Record<string, string | readonly string[] | number> = {};
  for (const name of TEXT_FIELDS) draft[name] = form.text(name);
  for (const name of ['start', 'end'] as const) {
    const ms = form.time(name);
    if (Number.isFinite(ms)) draft[name] = ms;
  }
  draft.leaders = form.list('leaders');
  return draft;
}
