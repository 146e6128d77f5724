/**
 * Per-level criteria and bukti dukung. Only PermenPANRB 59/2020 has them; the server bundle
 * leaves them out (Code.js is parsed on every execution), so the sidebar carries them.
 */
import { CRITERIA_59_2020 } from '../../src/core/spbe/frameworks/criteria-59-2020';
import type { LevelCriteria } from '../../src/core/spbe/frameworks/types';

export function criteriaFor(frameworkId: string, key: string): readonly LevelCriteria[] {
  if (frameworkId !== 'permenpanrb-59-2020') return [];
  return CRITERIA_59_2020[key] ?? [];
}
