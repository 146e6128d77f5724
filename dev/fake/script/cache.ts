/**
 * CacheService with expiry on the fake clock and Google's limits (key 250 chars, value
 * 100 KB, expiry at most 6 hours), so code that caches card data is tested against them.
 */
import type { FakeKernel } from '../kernel';

const MAX_KEY_LENGTH = 250;
const MAX_VALUE_BYTES = 100 * 1024;
const DEFAULT_EXPIRY_S = 600;
const MAX_EXPIRY_S = 21600;

interface Entry {
  value: string;
  expiresAtMs: number;
}

export type CacheState = Record<string, Record<string, Entry>>;

class FakeCache {
  constructor(
    private readonly kernel: FakeKernel,
    private readonly entries: Record<string, Entry>,
  ) {}

  get(key: string): string | null {
    this.kernel.call('Cache.get');
    return this.read(key);
  }

  getAll(keys: string[]): Record<string, string> {
    this.kernel.call('Cache.getAll');
    const out: Record<string, string> = {};
    for (const key of keys) {
      const value = this.read(key);
      if (value !== null) out[key] = value;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds = DEFAULT_EXPIRY_S): void {
    this.kernel.call('Cache.put');
    this.write(key, value, expirationInSeconds);
  }

  putAll(values: Record<string, string>, expirationInSeconds = DEFAULT_EXPIRY_S): void {
    this.kernel.call('Cache.putAll');
    for (const [key, value] of Object.entries(values)) this.write(key, value, expirationInSeconds);
  }

  remove(key: string): void {
    this.kernel.call('Cache.remove');
    delete this.entries[key];
  }

  removeAll(keys: string[]): void {
    this.kernel.call('Cache.removeAll');
    for (const key of keys) delete this.entries[key];
  }

  private read(key: string): string | null {
    const entry = this.entries[key];
    if (!entry) return null;
    if (entry.expiresAtMs <= this.kernel.nowMillis()) {
      delete this.entries[key];
      return null;
    }
    return entry.value;
  }

  private write(key: string, value: string, expirationInSeconds: number): void {
    if (key.length > MAX_KEY_LENGTH) {
      throw this.kernel.error('INVALID_ARGUMENT', `key (longer than ${MAX_KEY_LENGTH} characters)`);
    }
    if (Buffer.byteLength(String(value), 'utf8') > MAX_VALUE_BYTES) {
      throw this.kernel.error('INVALID_ARGUMENT', 'Argument too large: value');
    }
    const seconds = Math.min(Math.max(1, expirationInSeconds), MAX_EXPIRY_S);
    this.entries[key] = {
      value: String(value),
      expiresAtMs: this.kernel.nowMillis() + seconds * 1000,
    };
  }
}

export class FakeCacheService {
  private state: CacheState = {};

  constructor(private readonly kernel: FakeKernel) {}

  private cache(scope: string): FakeCache {
    this.state[scope] ??= {};
    return new FakeCache(this.kernel, this.state[scope]);
  }

  globals() {
    const kernel = this.kernel;
    return {
      CacheService: {
        getScriptCache: () => {
          kernel.call('CacheService.getScriptCache');
          return this.cache('script');
        },
        getUserCache: () => {
          kernel.call('CacheService.getUserCache');
          return this.cache(`user:${kernel.activeUser}`);
        },
        getDocumentCache: () => {
          kernel.call('CacheService.getDocumentCache');
          return null;
        },
      },
    };
  }

  snapshot(): CacheState {
    return structuredClone(this.state);
  }

  restore(state: CacheState): void {
    this.state = structuredClone(state);
  }
}
