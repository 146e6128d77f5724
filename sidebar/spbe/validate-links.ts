/**
 * Checks the evidence box before anything is sent, so a typo or a link to a personal file
 * host is caught while the user is still looking at the field. The server checks again: this
 * is for the user's convenience, not for safety.
 */
import { isDriveLink, splitLinks } from '../../src/core/text/links';

/** The server refuses more than this many links (src/app/spbe-sidebar.ts). */
const MAX_LINKS = 20;

export type EvidenceCheck =
  | { readonly ok: true; readonly links: readonly string[] }
  | { readonly ok: false; readonly message: string };

export function checkEvidence(text: string): EvidenceCheck {
  const links = splitLinks(text);
  if (links.length > MAX_LINKS) {
    return {
      ok: false,
      message: `Tautan bukti: paling banyak ${MAX_LINKS} tautan (sekarang ${links.length}).`,
    };
  }
  const bad = links.find((link) => !isDriveLink(link));
  if (bad !== undefined) {
    // Long pasted addresses would push the explanation out of the 300 px sidebar.
    const shown = bad.length > 60 ? `${bad.slice(0, 57)}…` : bad;
    return {
      ok: false,
      message: `Tautan bukti: "${shown}" bukan alamat Google Drive. Tulis satu tautan per baris yang diawali https://drive.google.com/ atau https://docs.google.com/.`,
    };
  }
  return { ok: true, links };
}
