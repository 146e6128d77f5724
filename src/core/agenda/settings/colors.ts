/**
 * Google Calendar event colours (colorId '1'–'11'). Admins may type the number, Google's
 * English name (as the Calendar UI shows it), or the Indonesian label used in this product.
 */
import { cellText, fold } from '../../data/cells';

export interface EventColorChoice {
  /** The event colorId. */
  readonly id: string;
  /** Indonesian label, as written into the sheet and shown in dropdowns. */
  readonly label: string;
  /** Google's name in the Calendar UI. */
  readonly name: string;
  /** The colour the Calendar web UI paints (not the older API palette), for swatches. */
  readonly hex: string;
}

export const EVENT_COLOR_CHOICES: readonly EventColorChoice[] = [
  { id: '1', label: 'Ungu Lavender', name: 'Lavender', hex: '#7986cb' },
  { id: '2', label: 'Hijau Sage', name: 'Sage', hex: '#33b679' },
  { id: '3', label: 'Ungu Anggur', name: 'Grape', hex: '#8e24aa' },
  { id: '4', label: 'Merah Muda Flamingo', name: 'Flamingo', hex: '#e67c73' },
  { id: '5', label: 'Kuning Pisang', name: 'Banana', hex: '#f6bf26' },
  { id: '6', label: 'Jingga Jeruk', name: 'Tangerine', hex: '#f4511e' },
  { id: '7', label: 'Biru Merak', name: 'Peacock', hex: '#039be5' },
  { id: '8', label: 'Abu-abu Grafit', name: 'Graphite', hex: '#616161' },
  { id: '9', label: 'Biru Bluberi', name: 'Blueberry', hex: '#3f51b5' },
  { id: '10', label: 'Hijau Kemangi', name: 'Basil', hex: '#0b8043' },
  { id: '11', label: 'Merah Tomat', name: 'Tomato', hex: '#d50000' },
];

// Single words admins use for a colour. Only unambiguous ones: "biru", "hijau" and "ungu"
// each fit two colours, so they are rejected with the list rather than guessed.
const ALIASES: Readonly<Record<string, string>> = {
  lavender: '1',
  sage: '2',
  anggur: '3',
  'merah muda': '4',
  'merah jambu': '4',
  pink: '4',
  pisang: '5',
  kuning: '5',
  jeruk: '6',
  jingga: '6',
  oranye: '6',
  orange: '6',
  merak: '7',
  'abu abu': '8',
  abu: '8',
  grafit: '8',
  bluberi: '9',
  kemangi: '10',
  tomat: '11',
  merah: '11',
};

const LOOKUP: ReadonlyMap<string, string> = new Map([
  ...Object.entries(ALIASES),
  ...EVENT_COLOR_CHOICES.flatMap((c) => [
    [fold(c.label), c.id] as const,
    [fold(c.name), c.id] as const,
    [c.hex, c.id] as const,
  ]),
]);

/** The colorId a cell names, or null. A blank cell is the caller's call. */
export function readColor(cell: unknown): string | null {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= 1 && cell <= 11 ? String(cell) : null;
  }
  const text = cellText(cell);
  if (text === null) return null;
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n >= 1 && n <= 11 ? String(n) : null;
  }
  return LOOKUP.get(fold(text)) ?? null;
}

/** The list an admin picks from, for messages. */
export const COLOR_CHOICES_TEXT = EVENT_COLOR_CHOICES.map((c) => `${c.id} ${c.label}`).join(', ');

/** The Indonesian label of a colorId; an unknown id is returned as given. */
export const colorLabel = (colorId: string): string =>
  EVENT_COLOR_CHOICES.find((c) => c.id === String(colorId).trim())?.label ?? colorId;
