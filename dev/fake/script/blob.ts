/**
 * Blob as Apps Script has it: bytes are plain arrays of signed 8-bit numbers (Java bytes),
 * which is what code under test sees from getBytes() and passes to newBlob().
 */
import type { FakeKernel } from '../kernel';

export const toSignedBytes = (buf: Buffer): number[] =>
  Array.from(buf, (b) => (b > 127 ? b - 256 : b));
export const fromBytes = (bytes: ArrayLike<number>): Buffer =>
  Buffer.from(Array.from(bytes, (b) => b & 0xff));

export class FakeBlob {
  constructor(
    private readonly kernel: FakeKernel,
    private data: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}

  getBytes(): number[] {
    this.kernel.call('Blob.getBytes');
    return toSignedBytes(this.data);
  }

  setBytes(bytes: number[]): this {
    this.kernel.call('Blob.setBytes');
    this.data = fromBytes(bytes);
    return this;
  }

  getDataAsString(charset = 'UTF-8'): string {
    this.kernel.call('Blob.getDataAsString');
    return this.data.toString(
      charset.toLowerCase().replace('-', '') === 'utf8' ? 'utf8' : 'latin1',
    );
  }

  setDataFromString(text: string): this {
    this.kernel.call('Blob.setDataFromString');
    this.data = Buffer.from(text, 'utf8');
    return this;
  }

  getContentType(): string | null {
    this.kernel.call('Blob.getContentType');
    return this.contentType;
  }

  setContentType(type: string): this {
    this.kernel.call('Blob.setContentType');
    this.contentType = type;
    return this;
  }

  getName(): string | null {
    this.kernel.call('Blob.getName');
    return this.name;
  }

  setName(name: string): this {
    this.kernel.call('Blob.setName');
    this.name = name;
    return this;
  }

  copyBlob(): FakeBlob {
    this.kernel.call('Blob.copyBlob');
    return new FakeBlob(this.kernel, Buffer.from(this.data), this.contentType, this.name);
  }

  isGoogleType(): boolean {
    this.kernel.call('Blob.isGoogleType');
    return false;
  }

  /** Host-side access for tests and other fakes (not part of the Apps Script surface). */
  raw(): Buffer {
    return this.data;
  }
}
