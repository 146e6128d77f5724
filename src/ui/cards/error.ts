/** A card that tells the user, in Indonesian, what went wrong and whether to try again. */
import type { UserMessage } from '../../core/errors';
import { type Card, escapeCardText, text } from './model';

export function errorCard(problem: UserMessage): Card {
  return {
    name: 'masalah',
    header: problem.retryable
      ? { title: 'Terjadi masalah', subtitle: 'Silakan coba lagi sebentar lagi' }
      : { title: 'Terjadi masalah' },
    sections: [{ widgets: [text(escapeCardText(problem.message))] }],
  };
}
