/**
 * PropertiesService: script, user and document stores with Google's documented limits
 * (9 KB per value, 500 KB per store), because settings and job cursors live here and a
 * cursor that outgrows the limit must fail in tests the way it would in production.
 */
import type { FakeKernel } from '../kernel';

const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

type Store = Record<string, string>;

export interface PropertiesState {
  script: Store;
  user: Record<string, Store>;
  document: Record<string, Store>;
}

const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');

class FakeProperties {
  constructor(
    private readonly kernel: FakeKernel,
    private readonly store: () => Store,
  ) {}

  getProperty(key: string): string | null {
    this.kernel.call('Properties.getProperty');
    return this.store()[key] ?? null;
  }

  getProperties(): Store {
    this.kernel.call('Properties.getProperties');
    return { ...this.store() };
  }

  getKeys(): string[] {
    this.kernel.call('Properties.getKeys');
    return Object.keys(this.store());
  }

  setProperty(key: string, value: string): this {
    this.kernel.call('Properties.setProperty');
    this.write({ [key]: value }, false);
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    this.kernel.call('Properties.setProperties');
    this.write(properties, deleteAllOthers);
    return this;
  }

  deleteProperty(key: string): this {
    this.kernel.call('Properties.deleteProperty');
    delete this.store()[key];
    return this;
  }

  deleteAllProperties(): this {
    this.kernel.call('Properties.deleteAllProperties');
    const store = this.store();
    for (const key of Object.keys(store)) delete store[key];
    return this;
  }

  /** Validates everything first so a rejected write leaves the store as it was. */
  private write(properties: Record<string, unknown>, deleteAllOthers: boolean): void {
    const next: Store = deleteAllOthers ? {} : { ...this.store() };
    for (const [key, raw] of Object.entries(properties)) {
      const value = String(raw);
      if (byteLength(value) > MAX_VALUE_BYTES) {
        throw this.kernel.error(
          'INVALID_ARGUMENT',
          `Argument too large: value (property "${key}" is ${byteLength(value)} bytes; the limit is 9 KB)`,
        );
      }
      next[key] = value;
    }
    const total = Object.entries(next).reduce((n, [k, v]) => n + byteLength(k) + byteLength(v), 0);
    if (total > MAX_STORE_BYTES) {
      throw this.kernel.error('QUOTA_DAY', 'Properties.setProperty');
    }
    const store = this.store();
    for (const key of Object.keys(store)) delete store[key];
    Object.assign(store, next);
  }
}

export class FakePropertiesService {
  private state: PropertiesState = { script: {}, user: {}, document: {} };
  /**
   * @param documentId the container document for getDocumentProperties: the spreadsheet the
   *   add-on is open in (null outside one, where Google returns null too).
   */
  constructor(
    private readonly kernel: FakeKernel,
    private readonly documentId: () => string | null = () => null,
  ) {}

  globals() {
    const kernel = this.kernel;
    return {
      PropertiesService: {
        getScriptProperties: () => {
          kernel.call('PropertiesService.getScriptProperties');
          return new FakeProperties(kernel, () => this.state.script);
        },
        getUserProperties: () => {
          kernel.call('PropertiesService.getUserProperties');
          const user = kernel.activeUser;
          return new FakeProperties(kernel, () => {
            this.state.user[user] ??= {};
            return this.state.user[user];
          });
        },
        getDocumentProperties: () => {
          kernel.call('PropertiesService.getDocumentProperties');
          const doc = this.documentId();
          if (doc === null) return null;
          return new FakeProperties(kernel, () => {
            this.state.document[doc] ??= {};
            return this.state.document[doc];
          });
        },
      },
    };
  }

  /** Test access without counting calls. */
  scriptProperties(): Readonly<Store> {
    return this.state.script;
  }

  snapshot(): PropertiesState {
    return structuredClone(this.state);
  }

  restore(state: PropertiesState): void {
    this.state = structuredClone(state);
  }
}
