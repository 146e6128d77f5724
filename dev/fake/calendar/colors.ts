/**
 * The colour palettes. `Calendar.Colors.get()` returns the API's palette, which still carries the
 * classic hex values (event colour 1 is `#a4bdfc`, not the `#7986cb` "Lavender" the Calendar web
 * UI paints today) — checked against published `colors.get` responses. The UI names and hex
 * values are exported separately for the preview, which should look like Calendar does.
 */
export const EVENT_COLOR_IDS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'] as const;

const FOREGROUND = '#1d1d1d';

const API_EVENT_BACKGROUNDS = [
  '#a4bdfc',
  '#7ae7bf',
  '#dbadff',
  '#ff887c',
  '#fbd75b',
  '#ffb878',
  '#46d6db',
  '#e1e1e1',
  '#5484ed',
  '#51b749',
  '#dc2127',
];

const API_CALENDAR_BACKGROUNDS = [
  '#ac725e',
  '#d06b64',
  '#f83a22',
  '#fa573c',
  '#ff7537',
  '#ffad46',
  '#42d692',
  '#16a765',
  '#7bd148',
  '#b3dc6c',
  '#fbe983',
  '#fad165',
  '#92e1c0',
  '#9fe1e7',
  '#9fc6e7',
  '#4986e7',
  '#9a9cff',
  '#b99aff',
  '#c2c2c2',
  '#cabdbf',
  '#cca6ac',
  '#f691b2',
  '#cd74e6',
  '#a47ae2',
];

/** What the Calendar web UI shows for each event colorId (name, hex). */
export const EVENT_COLOR_UI: Record<string, { name: string; hex: string }> = {
  '1': { name: 'Lavender', hex: '#7986cb' },
  '2': { name: 'Sage', hex: '#33b679' },
  '3': { name: 'Grape', hex: '#8e24aa' },
  '4': { name: 'Flamingo', hex: '#e67c73' },
  '5': { name: 'Banana', hex: '#f6bf26' },
  '6': { name: 'Tangerine', hex: '#f4511e' },
  '7': { name: 'Peacock', hex: '#039be5' },
  '8': { name: 'Graphite', hex: '#616161' },
  '9': { name: 'Blueberry', hex: '#3f51b5' },
  '10': { name: 'Basil', hex: '#0b8043' },
  '11': { name: 'Tomato', hex: '#d50000' },
};

type Palette = Record<string, { background: string; foreground: string }>;

const palette = (backgrounds: string[]): Palette =>
  Object.fromEntries(
    backgrounds.map((background, i) => [String(i + 1), { background, foreground: FOREGROUND }]),
  );

export function colorsResource(): {
  kind: string;
  updated: string;
  calendar: Palette;
  event: Palette;
} {
  return {
    kind: 'calendar#colors',
    updated: '2012-02-14T00:00:00.000Z',
    calendar: palette(API_CALENDAR_BACKGROUNDS),
    event: palette(API_EVENT_BACKGROUNDS),
  };
}

export function calendarColor(colorId: string): { background: string; foreground: string } {
  return {
    background: API_CALENDAR_BACKGROUNDS[Number(colorId) - 1] ?? '#9fc6e7',
    foreground: FOREGROUND,
  };
}
