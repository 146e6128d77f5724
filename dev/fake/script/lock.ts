/**
 * LockService. Executions here are sequential, so "another execution holds the lock" is
 * modelled by lock objects: each getScriptLock() call returns a new Lock, as in Apps Script;
 * while one holds the script lock, waitLock on another waits out its timeout on the fake
 * clock and then throws Google's lock-timeout error, and tryLock returns false.
 */
import type { FakeKernel } from '../kernel';

interface Holder {
  token: number;
}

const MAX_TIMEOUT_MS = 300_000;

class FakeLock {
  private static nextToken = 1;
  private readonly token = FakeLock.nextToken++;

  constructor(
    private readonly kernel: FakeKernel,
    private readonly slot: { holder: Holder | null },
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    this.kernel.call('Lock.tryLock');
    return this.acquire(timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    this.kernel.call('Lock.waitLock');
    if (!this.acquire(timeoutInMillis)) throw this.kernel.error('LOCK_TIMEOUT', 'Lock.waitLock');
  }

  hasLock(): boolean {
    this.kernel.call('Lock.hasLock');
    return this.slot.holder?.token === this.token;
  }

  releaseLock(): void {
    this.kernel.call('Lock.releaseLock');
    if (this.slot.holder?.token === this.token) this.slot.holder = null;
  }

  private acquire(timeoutInMillis: number): boolean {
    if (timeoutInMillis < 0 || timeoutInMillis > MAX_TIMEOUT_MS) {
      throw this.kernel.error('INVALID_ARGUMENT', `timeoutInMillis (0 to ${MAX_TIMEOUT_MS})`);
    }
    const holder = this.slot.holder;
    if (holder === null || holder.token === this.token) {
      this.slot.holder = { token: this.token };
      return true;
    }
    // Nobody else can release it while we "wait": the whole timeout passes.
    this.kernel.advance(timeoutInMillis);
    return false;
  }
}

export class FakeLockService {
  private readonly scriptSlot: { holder: Holder | null } = { holder: null };
  private readonly userSlots = new Map<string, { holder: Holder | null }>();

  constructor(private readonly kernel: FakeKernel) {}

  globals() {
    const kernel = this.kernel;
    return {
      LockService: {
        getScriptLock: () => {
          kernel.call('LockService.getScriptLock');
          return new FakeLock(kernel, this.scriptSlot);
        },
        getUserLock: () => {
          kernel.call('LockService.getUserLock');
          const slot = this.userSlots.get(kernel.activeUser) ?? { holder: null };
          this.userSlots.set(kernel.activeUser, slot);
          return new FakeLock(kernel, slot);
        },
        getDocumentLock: () => {
          kernel.call('LockService.getDocumentLock');
          return null;
        },
      },
    };
  }

  /** An execution that ends releases its locks; the harness calls this between executions. */
  releaseAll(): void {
    this.scriptSlot.holder = null;
    this.userSlots.clear();
  }

  isScriptLocked(): boolean {
    return this.scriptSlot.holder !== null;
  }
}
