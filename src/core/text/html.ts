/**
 * Text from users, email or calendar shown inside HTML (the sidebar, card text, email bodies)
 * is escaped first: card text and HTML bodies interpret markup.
 */
export const escapeHtml = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
