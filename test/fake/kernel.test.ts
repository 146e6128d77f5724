import { FakeKernel } from '../../dev/fake/kernel';

describe('fake kernel', () => {
  it('throws the named Apps Script error at exactly the nth call, then recovers', () => {
    const kernel = new FakeKernel();
    kernel.injectFault({ method: 'Range.getValues', nth: 2, error: 'QUOTA_RATE' });
    kernel.call('Range.getValues');
    expect(() => kernel.call('Range.getValues')).toThrow(
      'Service invoked too many times in a short time: Range.',
    );
    expect(() => kernel.call('Range.getValues')).not.toThrow();
    expect(kernel.count('Range.getValues')).toBe(3);
    expect(kernel.pendingFaults()).toEqual([]);
  });

  it('keeps failing after the nth call when the fault is sticky', () => {
    const kernel = new FakeKernel();
    kernel.injectFault({
      method: 'GmailApp.search',
      nth: 1,
      error: 'SERVICE_UNAVAILABLE',
      sticky: true,
    });
    expect(() => kernel.call('GmailApp.search')).toThrow('Service unavailable: GmailApp.');
    expect(() => kernel.call('GmailApp.search')).toThrow('Service unavailable: GmailApp.');
  });

  it('names the error Exception, as Apps Script does', () => {
    const kernel = new FakeKernel();
    kernel.injectFault({ method: 'X.y', nth: 1, error: 'TIMEOUT' });
    try {
      kernel.call('X.y');
      throw new Error('expected a fault');
    } catch (e) {
      expect((e as Error).name).toBe('Exception');
      expect((e as { kind: string }).kind).toBe('TIMEOUT');
    }
  });
});
