import fc from 'fast-check';
import type { TriggerSpec } from '../../src/core/jobs/schedule';
import { planTriggers } from '../../src/core/setup/trigger-plan';

const wanted: TriggerSpec[] = [
  { handler: 'jobNightly', label: 'Pemeliharaan malam', kind: 'daily', atHour: 1 },
  { handler: 'jobHourly', label: 'Tiap jam', kind: 'hourly' },
];

describe('planTriggers', () => {
  it('creates every wanted trigger on a fresh project', () => {
    const plan = planTriggers([], wanted);
    expect(plan.create.map((s) => s.handler)).toEqual(['jobNightly', 'jobHourly']);
    expect(plan.remove).toEqual([]);
  });

  it('keeps one trigger per handler and removes duplicates and stale handlers', () => {
    const plan = planTriggers(
      [
        { id: 'a', handler: 'jobNightly' },
        { id: 'b', handler: 'jobNightly' },
        { id: 'c', handler: 'jobRenamedLongAgo' },
      ],
      wanted,
    );
    expect(plan.keep.map((t) => t.id)).toEqual(['a']);
    expect(plan.remove.map((t) => t.id)).toEqual(['b', 'c']);
    expect(plan.create.map((s) => s.handler)).toEqual(['jobHourly']);
  });

  it('always ends with exactly one trigger per wanted handler (property)', () => {
    const handler = fc.constantFrom('jobNightly', 'jobHourly', 'old1', 'old2');
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.uuid(), handler }), { maxLength: 12 }),
        (installed) => {
          const plan = planTriggers(installed, wanted);
          const removed = new Set(plan.remove.map((t) => t.id));
          const after = [
            ...installed.filter((t) => !removed.has(t.id)).map((t) => t.handler),
            ...plan.create.map((s) => s.handler),
          ].sort();
          expect(after).toEqual(['jobHourly', 'jobNightly']);
        },
      ),
    );
  });
});
