import fc from 'fast-check';
import { formInputsOf } from '../../dev/preview/page';
import { parametersOf, readForm } from '../../src/ui/cards/form';

/** An action event as Google sends it to an Apps Script callback. */
const googleEvent = (
  formInputs: Record<string, unknown>,
  parameters: Record<string, string> = {},
) => ({
  commonEventObject: { hostApp: 'CALENDAR', platform: 'WEB', formInputs, parameters },
  calendar: {},
});

describe('readForm on Google-shaped events', () => {
  const event = googleEvent({
    judul: { stringInputs: { value: ['  Rapat Koordinasi SPBE  '] } },
    kosong: { stringInputs: { value: [] } },
    peserta: { stringInputs: { value: ['bupati', 'sekda', 'kominfo'] } },
    ruang: { stringInputs: { value: ['aula'] } },
    mulai: { dateTimeInput: { msSinceEpoch: '1795399200000', hasDate: true, hasTime: true } },
    selesai: { dateTimeInput: { msSinceEpoch: 1795406400000, hasDate: true, hasTime: true } },
    tanggal: { dateInput: { msSinceEpoch: '1795392000000' } },
    jam: { timeInput: { hours: 9, minutes: 30 } },
  });
  const form = readForm(event);

  it('reads text as the first value, trimmed', () => {
    expect(form.text('judul')).toBe('Rapat Koordinasi SPBE');
    expect(form.text('peserta')).toBe('bupati');
    expect(form.text('kosong')).toBe('');
    expect(form.text('tidak-ada')).toBe('');
  });

  it('reads every selected value as a list', () => {
    expect(form.list('peserta')).toEqual(['bupati', 'sekda', 'kominfo']);
    expect(form.list('ruang')).toEqual(['aula']);
    expect(form.list('kosong')).toEqual([]);
    expect(form.list('tidak-ada')).toEqual([]);
    // The list is a copy: changing it changes nothing.
    form.list('peserta').push('x');
    expect(form.list('peserta')).toHaveLength(3);
  });

  it('reads pickers in milliseconds, msSinceEpoch as a string or a number', () => {
    expect(form.time('mulai')).toBe(Date.parse('2026-11-23T09:00:00+07:00'));
    expect(form.time('selesai')).toBe(Date.parse('2026-11-23T11:00:00+07:00'));
    expect(form.time('tanggal')).toBe(Date.parse('2026-11-23T00:00:00Z'));
    expect(form.time('jam')).toBe((9 * 60 + 30) * 60_000);
    expect(form.time('judul')).toBeNaN();
    expect(form.time('tidak-ada')).toBeNaN();
    expect(form.text('mulai')).toBe('');
    expect(form.list('mulai')).toEqual([]);
  });

  it('says which fields arrived and gives them all raw', () => {
    expect(form.has('judul')).toBe(true);
    expect(form.has('kosong')).toBe(true);
    expect(form.has('mulai')).toBe(true);
    expect(form.has('tidak-ada')).toBe(false);
    expect(form.raw()).toEqual({
      judul: '  Rapat Koordinasi SPBE  ',
      kosong: [],
      peserta: ['bupati', 'sekda', 'kominfo'],
      ruang: 'aula',
      mulai: 1795399200000,
      selesai: 1795406400000,
      tanggal: 1795392000000,
      jam: 34_200_000,
    });
  });

  it('leaves out inputs it cannot read', () => {
    const bad = readForm(
      googleEvent({
        a: { dateTimeInput: { msSinceEpoch: 'besok' } },
        b: { dateInput: {} },
        c: { timeInput: { hours: 25, minutes: 0 } },
        d: { stringInputs: { value: [1, true, null, {}, 'x'] } },
        e: { somethingElse: 1 },
        f: null,
      }),
    );
    expect(bad.raw()).toEqual({ d: ['1', 'true', 'x'] });
    expect(bad.has('a')).toBe(false);
  });

  it('does not read the prototype for names like __proto__ or toString', () => {
    const form = readForm(
      JSON.parse(
        '{"commonEventObject":{"formInputs":{"__proto__":{"stringInputs":{"value":["p"]}}}}}',
      ),
    );
    expect(form.text('__proto__')).toBe('p');
    expect(form.has('toString')).toBe(false);
    expect(form.text('constructor')).toBe('');
    expect(readForm({}).has('hasOwnProperty')).toBe(false);
  });
});

describe('readForm on the legacy e.formInputs / e.formInput', () => {
  it('reads them when the common event object is missing', () => {
    const form = readForm({
      formInput: { judul: 'Apel Pagi', ruang: 'aula' },
      formInputs: { peserta: ['a', 'b'], ruang: ['aula'] },
    });
    expect(form.text('judul')).toBe('Apel Pagi');
    expect(form.list('peserta')).toEqual(['a', 'b']);
    expect(form.list('ruang')).toEqual(['aula']);
  });

  it('prefers commonEventObject, and reads pickers given as objects', () => {
    const form = readForm({
      commonEventObject: { formInputs: { judul: { stringInputs: { value: ['baru'] } } } },
      formInputs: { judul: ['lama'], mulai: { msSinceEpoch: '1795399200000', hasTime: true } },
      formInput: { judul: 'lama', jam: { hours: 7, minutes: 5 } },
    });
    expect(form.text('judul')).toBe('baru');
    expect(form.time('mulai')).toBe(1795399200000);
    expect(form.time('jam')).toBe((7 * 60 + 5) * 60_000);
  });
});

describe('parametersOf', () => {
  it('reads commonEventObject.parameters, then the legacy e.parameters', () => {
    expect(
      parametersOf({
        commonEventObject: { parameters: { id: 'ev-1', mode: 'baru' } },
        parameters: { id: 'lama', asal: 'gmail' },
      }),
    ).toEqual({ id: 'ev-1', mode: 'baru', asal: 'gmail' });
    expect(parametersOf({ parameters: { id: 'ev-2' } })).toEqual({ id: 'ev-2' });
  });

  it('keeps only string values and answers {} for anything else', () => {
    expect(parametersOf({ commonEventObject: { parameters: { a: 1, b: null, c: 'x' } } })).toEqual({
      c: 'x',
    });
    for (const event of [undefined, null, 0, 'x', [], {}, { commonEventObject: null }]) {
      expect(parametersOf(event)).toEqual({});
    }
  });
});

describe('never throws', () => {
  const garbage = fc.anything({
    withNullPrototype: true,
    withObjectString: true,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true,
  });
  const names = fc.oneof(fc.string(), fc.constantFrom('__proto__', 'toString', 'constructor'));

  const exercise = (event: unknown, name: string) => {
    const form = readForm(event);
    expect(typeof form.text(name)).toBe('string');
    expect(Array.isArray(form.list(name))).toBe(true);
    expect(typeof form.time(name)).toBe('number');
    expect(typeof form.has(name)).toBe('boolean');
    expect(typeof form.raw()).toBe('object');
    for (const value of Object.values(parametersOf(event))) expect(typeof value).toBe('string');
  };

  it('on any value', () => {
    fc.assert(fc.property(garbage, names, exercise));
  });

  it('on event-shaped garbage', () => {
    const inputs = fc.dictionary(
      names,
      fc.oneof(
        garbage,
        fc.record({ stringInputs: fc.record({ value: garbage }) }),
        fc.record({ dateTimeInput: fc.record({ msSinceEpoch: garbage }) }),
        fc.record({ dateInput: garbage }),
        fc.record({ timeInput: fc.record({ hours: garbage, minutes: garbage }) }),
      ),
    );
    const event = fc.record(
      {
        commonEventObject: fc.record({ formInputs: inputs, parameters: garbage }),
        formInputs: fc.oneof(inputs, garbage),
        formInput: garbage,
        parameters: garbage,
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(event, names, exercise));
  });

  it('on hostile objects: throwing getters and proxies', () => {
    const throwing = Object.defineProperty({}, 'commonEventObject', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const trap = () => {
      throw new Error('trap');
    };
    const proxy = new Proxy(
      {},
      { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap },
    );
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    for (const event of [
      throwing,
      proxy,
      revocable.proxy,
      { commonEventObject: proxy },
      { commonEventObject: { formInputs: proxy, parameters: proxy } },
      { commonEventObject: { formInputs: { a: proxy, b: { stringInputs: proxy } } } },
      { commonEventObject: { formInputs: { a: { stringInputs: { value: revocable.proxy } } } } },
    ]) {
      exercise(event, 'a');
    }
  });

  it('reads any well-formed text input back', () => {
    fc.assert(
      fc.property(names, fc.array(fc.string(), { minLength: 1 }), (name, value) => {
        const form = readForm(googleEvent({ [name]: { stringInputs: { value } } }));
        expect(form.text(name)).toBe((value[0] ?? '').trim());
        expect(form.list(name)).toEqual(value);
        expect(form.has(name)).toBe(true);
      }),
    );
  });
});

describe('the local preview sends what readForm reads', () => {
  it('turns the browser fields into Google formInputs', () => {
    const inputs = formInputsOf([
      { name: 'judul', type: 'text', value: 'Rapat' },
      { name: 'peserta', type: 'text', value: 'bupati' },
      { name: 'peserta', type: 'text', value: 'sekda' },
      { name: 'mulai', type: 'datetime-local', value: '2026-11-23T09:00' },
      { name: 'tanggal', type: 'date', value: '2026-11-23' },
      { name: 'jam', type: 'time', value: '13:45' },
      { name: 'rusak', type: 'datetime-local', value: 'kemarin' },
      { name: '', type: 'text', value: 'tanpa nama' },
      'bukan field',
    ]);
    expect(inputs).toEqual({
      judul: { stringInputs: { value: ['Rapat'] } },
      peserta: { stringInputs: { value: ['bupati', 'sekda'] } },
      mulai: { dateTimeInput: { msSinceEpoch: '1795399200000', hasDate: true, hasTime: true } },
      tanggal: { dateInput: { msSinceEpoch: '1795392000000' } },
      jam: { timeInput: { hours: 13, minutes: 45 } },
    });
    const form = readForm({ commonEventObject: { formInputs: inputs } });
    expect(form.text('judul')).toBe('Rapat');
    expect(form.list('peserta')).toEqual(['bupati', 'sekda']);
    // datetime-local is WIB wall time: 09:00 WIB is 02:00 UTC.
    expect(new Date(form.time('mulai')).toISOString()).toBe('2026-11-23T02:00:00.000Z');
    expect(new Date(form.time('tanggal')).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(form.time('jam')).toBe((13 * 60 + 45) * 60_000);
    expect(form.has('rusak')).toBe(false);
  });

  it('answers {} for anything that is not a list of fields', () => {
    for (const junk of [undefined, null, 'x', {}, [null, 1, { name: 1 }]]) {
      expect(formInputsOf(junk)).toEqual({});
    }
  });
});
