/**
 * A repair for Node's TextDecoder, which postal-mime (and the units CSV reader) decode with.
 * Node 20.18.3+ (and several 22/23/24 releases) decode windows-1252 — the label every
 * iso-8859-1/latin1 message is read with, per the WHATWG Encoding Standard — as plain latin1:
 * the bytes 0x80–0x9F become invisible C1 control characters instead of “smart quotes”,
 * en dashes, € or ™ (nodejs/node#60888). Those control characters never belong in a mail, so
 * they are mapped to what windows-1252 means by them; on a Node without the bug there are none
 * and the text is returned unchanged.
 */

/** WHATWG index-windows-1252 for 0x80–0x9F; the five unassigned bytes stay as they are. */
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const HAS_C1 = /[\u0080-\u009f]/;
const C1 = /[\u0080-\u009f]/g;

export function repairC1(text: string): string;
export function repairC1(text: string | undefined): string | undefined;
export function repairC1(text: string | undefined): string | undefined {
  if (text === undefined || !HAS_C1.test(text)) return text;
  return text.replace(C1, (c) =>
    String.fromCharCode(WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)),
  );
}
