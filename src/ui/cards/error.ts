/** A card that tells the user, in Indonesian, what went wrong and whether to try again. */

import type { UserMessage } from '../../core/errors';
import { escapeHtml } from '../../core/text/html';
import { type Card, text } from './model';

export function errorCard(problem: UserMessage): Card {
  return {
    name: 'masalah',
    header: problem.retryable
      ? { title: 'Terjadi masalah', subtitle: 'Silakan coba lagi sebentar lagi' }
      : { title: 'Terjadi masalah' },
    sections: [{ widgets: [text(escapeHtml(problem.message))] }],
  };
}
