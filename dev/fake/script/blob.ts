/**
 * Blob as Apps Script has it: bytes are plain arrays of signed 8-bit numbers (Java bytes),
 * which is what code under test sees from getBytes() and passes to newBlob(). One class serves
 * every service that hands out blobs (Utilities.newBlob, GmailAttachment.copyBlob / getBlob).
 */
import type { FakeKernel } from '../kernel';

export const toSignedBytes = (buf: Buffer): number[] =>
  Array.from(buf, (b) => (b > 127 ? b - 256 : b));
export const fromBytes = (bytes: ArrayLike<number>): Buffer =>
  Buffer.from(Array.from(bytes, (b) => b & 0xff));

export class FakeBlob {
  constructor(
    /**
     * Counts each call as `Blob.<method>` (and can fault it). Null for a detached copy that
     * another service hands out (GmailAttachment.copyBlob): the fake has always left those
     * uncounted, so call counts of existing tests and benches stay what they were.
     */
    private readonly kernel: FakeKernel | null,
    private data: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}

  private call(method: string): void {
    this.kernel?.call(`Blob.${method}`);
  }

  getBytes(): number[] {
    this.call('getBytes');
    return toSignedBytes(this.data);
  }

  setBytes(bytes: number[]): this {
    this.call('setBytes');
    this.data = fromBytes(bytes);
    return this;
  }

  getDataAsString(charset = 'UTF-8'): string {
    this.call('getDataAsString');
    return this.data.toString(
      charset.toLowerCase().replace('-', '') === 'utf8' ? 'utf8' : 'latin1',
    );
  }

  setDataFromString(text: string): this {
    this.call('setDataFromString');
    this.data = Buffer.from(text, 'utf8');
    return this;
  }

  getContentType(): string | null {
    this.call('getContentType');
    return this.contentType;
  }

  setContentType(type: string): this {
    this.call('setContentType');
    this.contentType = type;
    return this;
  }

  getName(): string | null {
    this.call('getName');
    return this.name;
  }

  setName(name: string): this {
    this.call('setName');
    this.name = name;
    return this;
  }

  /** A Blob is its own BlobSource. Not counted: it hands back the same object, nothing more. */
  getBlob(): this {
    return this;
  }

  copyBlob(): FakeBlob {
    this.call('copyBlob');
    return new FakeBlob(this.kernel, Buffer.from(this.data), this.contentType, this.name);
  }

  isGoogleType(): boolean {
    this.call('isGoogleType');
    return false;
  }

  /** Host-side access for tests and other fakes (not part of the Apps Script surface). */
  raw(): Buffer {
    return this.data;
  }
}
