/**
 * The report editor's inputs: their names on the card, and what was typed read back from
 * the card event into a ReportDraft (kept when the card is drawn again).
 */
import type { ReportDraft } from '../../../app/daily/compose';
import type { FormValues } from '../form';

export const UNIT_INPUT = 'unit';
export const PRIORITY_INPUT = 'prioritas';
export const APPROVAL_INPUT = 'persetujuan';
export const APPROVED = 'ya';

/**
 * Sections are named by position (bagian0, bagian1, …): their names have spaces and come
 * from the config, which does not change while a card is open.
 */
export const sectionInput = (index: number): string => `bagian${index}`;
const SECTION_INPUT = /^bagian(\d{1,2})$/;

export function reportDraftOf(form: FormValues): ReportDraft {
  const texts: string[] = [];
  for (const name of Object.keys(form.raw())) {
    const index = SECTION_INPUT.exec(name)?.[1];
    if (index !== undefined) texts[Number(index)] = form.text(name);
  }
  return {
    unit: form.text(UNIT_INPUT),
    // Array.from fills the holes of sections left empty (Google leaves empty inputs out).
    texts: Array.from(texts, (t) => t ?? ''),
    priority: form.text(PRIORITY_INPUT),
    approved: form.list(APPROVAL_INPUT).includes(APPROVED),
  };
}
