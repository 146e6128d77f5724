/**
 * Evidence (bukti dukung) lives in Google Drive. A link is accepted when it is an https
 * address on drive.google.com or docs.google.com, so a typo or a personal file host is
 * caught when it is entered, not at evaluation time.
 */
const DRIVE_LINK = /^https:\/\/(drive|docs)\.google\.com\/[^\s]+$/;

export const isDriveLink = (text: string): boolean => DRIVE_LINK.test(text.trim());

/** Links from a cell or text box: one per line (or separated by spaces/commas). */
export const splitLinks = (text: string): string[] =>
  text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
