/** The predicate bands of the SPBE index under both PermenPANRB 5/2018 and 59/2020 (DOMAIN.md). */
import type { PredicateBand } from './types';

export const SPBE_PREDICATES: readonly PredicateBand[] = [
  { name: 'Memuaskan', min: '4.2' },
  { name: 'Sangat Baik', min: '3.5' },
  { name: 'Baik', min: '2.6' },
  { name: 'Cukup', min: '1.8' },
  { name: 'Kurang', min: '0' },
];
