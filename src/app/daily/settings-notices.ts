/**
 * What the Gmail homepage tells the Admin Sistem and the Koordinator Email Daily about the
 * LENTERA settings: each value in LenteraPengaturan, LenteraBagian or Unit that could not be
 * used (and the default used instead). Nobody else sees it, and nothing is read for them.
 */
import type { Role } from '../../core/access/roles';
import { describeSheetProblem } from '../../core/data/sheet-rows';
import type { Ports } from '../../ports';
import { locateDataBook } from '../data-book';
import { currentUser } from '../users';
import { dailySettingsFrom } from './config';

const READERS: readonly Role[] = ['ADMIN', 'KOORDINATOR_EMAIL'];

/** null for everyone but those two roles, and before setup; [] when all is well. */
export function dailySettingsNotices(ports: Ports): readonly string[] | null {
  const state = locateDataBook(ports);
  if (state.kind !== 'ready') return null;
  const me = currentUser(ports, state.book);
  if (!me?.roles.some((role) => READERS.includes(role))) return null;
  return dailySettingsFrom(state.book).problems.map(describeSheetProblem);
}
