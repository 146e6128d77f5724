import fc from 'fast-check';
import {
  type AgendaEvent,
  eventStatusOf,
  ID_PROPERTY,
  itemFromEvent,
  itemProperties,
  propertiesPatch,
  STATUS_PROPERTY,
} from '../../src/core/agenda/event-codec';
import type { AgendaItem } from '../../src/core/agenda/item';
import { AGENDA_STATUSES, type AgendaStatus } from '../../src/core/agenda/status';
import { agendaItem, agendaItemFromFields } from '../fixtures/agenda-records';

const wib = (s: string) => Date.parse(`${s}:00+07:00`);

/** A confirmed item with every field filled, as the agenda writes it on its calendar event. */
const ITEM: AgendaItem = agendaItem({
  id: 'AG-2026-0042',
  title: '[RAPAT] Rapat Koordinasi Stunting — Dinas Kesehatan',
  leaders: ['Bupati', 'Sekretaris Daerah'],
  invitation: { number: '005/123/DINKES/2026', date: '2026-11-20' },
  documents: ['https://docs.google.com/document/d/abc', 'https://drive.google.com/file/d/xyz'],
  guests: ['Camat Sungailiat', 'kapus@bangka.go.id'],
  notes: 'Bahan paparan dibawa oleh Kabid Kesmas.',
  status: 'DIKONFIRMASI',
});

/** The event the calendar hands back after the agenda wrote `props` on it. */
const eventOf = (
  item: AgendaItem,
  props: Readonly<Record<string, string>> = itemProperties(item),
): AgendaEvent => ({
  id: 'evt1',
  summary: item.title,
  description: '',
  location: item.location.venue,
  start: item.start,
  end: item.end,
  status: eventStatusOf(item.status),
  attendees: [],
  privateProperties: props,
});

/** Calendar's PATCH of private properties: null deletes a key, a string sets it. */
function applyMergePatch(
  current: Readonly<Record<string, string>>,
  patch: Readonly<Record<string, string | null>>,
): Record<string, string> {
  const result = new Map(Object.entries(current));
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) result.delete(key);
    else result.set(key, value);
  }
  return Object.fromEntries(result);
}

const HIGH = /[\ud800-\udbff]$/;
const LOW = /^[\udc00-\udfff]/;

// ---- arbitraries ----------------------------------------------------------------------

/** Any Unicode text, emoji and other astral characters included; sometimes longer than 3000. */
const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 3000, maxLength: 4500 }) },
  {
    // Emoji-dense, so pairs land on the 1000-unit chunk edges.
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom('a', '😀', '𝔸', 'é', '\n', '👩‍💻'),
      minLength: 900,
      maxLength: 3200,
    }),
  },
);
const nonEmpty = fc.string({ unit: 'binary', minLength: 1, maxLength: 30 });
/** A list element: the codec stores lists one per line, so an element is one non-empty line. */
const line = nonEmpty.filter((s) => !s.includes('\n'));
const listOf = (maxLength: number) => fc.array(line, { maxLength });
/** Long enough that 40 of them (a big guest list) run past 3000 characters. */
const longLine = fc
  .string({ unit: 'binary', minLength: 60, maxLength: 80 })
  .filter((s) => !s.includes('\n'));
const time = fc.integer({ min: wib('2020-01-01T00:00'), max: wib('2035-12-31T00:00') });

const itemArb: fc.Arbitrary<AgendaItem> = fc
  .record({
    id: nonEmpty,
    title: anyText,
    activityType: anyText,
    start: time,
    minutes: fc.integer({ min: 1, max: 7 * 24 * 60 }),
    venue: anyText,
    desa: anyText,
    kecamatan: anyText,
    unit: anyText,
    picName: anyText,
    picPhone: anyText,
    picEmail: anyText,
    leaders: listOf(4),
    invitation: fc.option(fc.record({ number: nonEmpty, date: anyText })),
    documents: listOf(6),
    guests: fc.oneof(listOf(5), fc.array(longLine, { minLength: 40, maxLength: 60 })),
    notes: anyText,
    status: fc.constantFrom(...AGENDA_STATUSES),
    reason: fc.option(nonEmpty),
    delegate: fc.option(nonEmpty),
  })
  .map(agendaItemFromFields);

/** Properties other tools put on the same event: never in the agenda's `pc.` namespace. */
const foreignProps = fc.dictionary(
  fc.stringMatching(/^[a-z][a-zA-Z0-9_.-]{0,20}$/).filter((k) => !k.startsWith('pc.')),
  fc.string({ maxLength: 40 }),
  { maxKeys: 4 },
);
/** Agenda keys an older version of the app may have left behind. */
const staleProps = fc.dictionary(
  fc.constantFrom('pc.notes.7', 'pc.guests.3', 'pc.oldField', 'pc.delegate', 'pc.reason'),
  fc.string({ maxLength: 40 }),
  { maxKeys: 3 },
);

// ---- tests ------------------------------------------------------------------------------

describe('itemProperties / itemFromEvent', () => {
  it('reads back every item exactly, within the Calendar limits of 44-char keys and 1024-char values', () => {
    fc.assert(
      fc.property(itemArb, (item) => {
        const props = itemProperties(item);
        for (const [key, value] of Object.entries(props)) {
          expect(key.length).toBeLessThanOrEqual(44);
          expect(value.length).toBeLessThanOrEqual(1024);
          // Calendar would store half a character for a split surrogate pair.
          expect(HIGH.test(value)).toBe(false);
          expect(LOW.test(value)).toBe(false);
        }
        expect(itemFromEvent(eventOf(item, props))).toEqual(item);
      }),
      { numRuns: 100 },
    );
  });

  it('splits a 2500-character note over pc.notes, pc.notes.1 and pc.notes.2', () => {
    const notes = `${'a'.repeat(1000)}${'b'.repeat(1000)}${'c'.repeat(500)}`;
    const props = itemProperties({ ...ITEM, notes });
    expect(props['pc.notes']).toBe('a'.repeat(1000));
    expect(props['pc.notes.1']).toBe('b'.repeat(1000));
    expect(props['pc.notes.2']).toBe('c'.repeat(500));
    expect(props['pc.notes.3']).toBeUndefined();
    expect(itemFromEvent(eventOf({ ...ITEM, notes }, props))?.notes).toBe(notes);
  });

  it('keeps an emoji that straddles the 1000th character whole in the next chunk', () => {
    const notes = `${'x'.repeat(999)}😀 selesai`;
    const props = itemProperties({ ...ITEM, notes });
    expect(props['pc.notes']).toBe('x'.repeat(999));
    expect(props['pc.notes.1']).toBe('😀 selesai');
  });

  it('writes nothing for empty values, and an event with a cleared delegate reads without one', () => {
    const props = itemProperties({ ...ITEM, notes: '', guests: [], invitation: null });
    expect(props).not.toHaveProperty('pc.notes');
    expect(props).not.toHaveProperty('pc.guests');
    expect(props).not.toHaveProperty('pc.invNo');
    expect(props).not.toHaveProperty('pc.delegate');
    const item = itemFromEvent(eventOf(ITEM, props));
    expect(item).toMatchObject({ notes: '', guests: [], invitation: null });
    expect(item).not.toHaveProperty('delegate');
    expect(item).not.toHaveProperty('reason');
  });

  it('takes the time from the event when someone moved it in Google Calendar', () => {
    const moved: AgendaEvent = {
      ...eventOf(ITEM),
      start: wib('2026-11-26T13:00'),
      end: wib('2026-11-26T14:30'),
    };
    const item = itemFromEvent(moved);
    expect(item?.start).toBe(wib('2026-11-26T13:00'));
    expect(item?.end).toBe(wib('2026-11-26T14:30'));
    expect(item?.title).toBe(ITEM.title);
  });

  it('ignores events that are not agenda items (no pc.id)', () => {
    const personal: AgendaEvent = {
      ...eventOf(ITEM),
      privateProperties: { 'other.app': '1', [STATUS_PROPERTY]: 'DIKONFIRMASI' },
    };
    expect(itemFromEvent(personal)).toBeNull();
    expect(itemFromEvent({ ...personal, privateProperties: { [ID_PROPERTY]: '' } })).toBeNull();
  });
});

describe('propertiesPatch', () => {
  it('patched onto the event leaves exactly the wanted properties plus those of other tools', () => {
    fc.assert(
      fc.property(
        itemArb,
        fc.option(itemArb),
        foreignProps,
        staleProps,
        (item, before, foreign, stale) => {
          const wanted = itemProperties(item);
          const current = { ...stale, ...(before ? itemProperties(before) : {}), ...foreign };
          const patch = propertiesPatch(wanted, current);
          expect(applyMergePatch(current, patch)).toEqual({ ...foreign, ...wanted });
          // Keys of other tools are never even mentioned in the patch.
          for (const key of Object.keys(foreign)) expect(patch).not.toHaveProperty(key);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('deletes the extra chunks of a shortened note and a cleared delegate, and nothing else', () => {
    const before = { ...ITEM, notes: 'n'.repeat(2500), delegate: 'Wakil Bupati' };
    const current = { ...itemProperties(before), 'x-sync': 'keep me' };
    const patch = propertiesPatch(itemProperties({ ...ITEM, notes: 'Pendek.' }), current);
    expect(patch).toEqual({
      'pc.notes': 'Pendek.',
      'pc.notes.1': null,
      'pc.notes.2': null,
      'pc.delegate': null,
    });
  });

  it('is empty when nothing changed, so an unchanged event is not rewritten', () => {
    const props = { ...itemProperties(ITEM), 'x-sync': '1' };
    expect(propertiesPatch(itemProperties(ITEM), props)).toEqual({});
  });
});

describe('eventStatusOf', () => {
  const expected: Record<AgendaStatus, AgendaEvent['status']> = {
    DIAJUKAN: 'tentative',
    DIVERIFIKASI: 'tentative',
    DIJADWALKAN: 'tentative',
    DITUNDA: 'tentative',
    DIKONFIRMASI: 'confirmed',
    DIPUBLIKASIKAN: 'confirmed',
    DIWAKILKAN: 'confirmed',
    DITOLAK: 'cancelled',
    DIBATALKAN: 'cancelled',
  };
  it.each(AGENDA_STATUSES.map((s) => [s, expected[s]] as const))(
    'shows %s as %s on the calendar',
    (status, shown) => {
      expect(eventStatusOf(status)).toBe(shown);
    },
  );
});
