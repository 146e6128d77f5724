/**
 * Attachments in and out. Code under test passes BlobSources (anything with getBlob(), or a
 * Blob itself); the fake keeps name, type and base64 bytes, and hands back GmailAttachment /
 * Blob objects with Apps Script's Blob methods. Like Apps Script (Java bytes), getBytes()
 * returns signed values −128…127.
 */
import { createHash } from 'node:crypto';
import type { FakeKernel } from '../kernel';
import type { AttachmentRecord } from './types';

interface BlobLike {
  getName?: () => unknown;
  getContentType?: () => unknown;
  getBytes?: () => unknown;
  getDataAsString?: () => unknown;
}

export type AttachmentInput = {
  name: string;
  contentType?: string;
  data: string | number[] | Uint8Array;
};

const toBuffer = (bytes: unknown): Buffer =>
  Buffer.from(Array.from(bytes as ArrayLike<number>, (b) => Number(b) & 255));

/** A BlobSource from code under test → stored attachment. */
export function fromBlobSource(source: unknown): AttachmentRecord {
  const holder = source as { getBlob?: () => unknown } | null;
  const blob = (
    typeof holder?.getBlob === 'function' ? holder.getBlob() : source
  ) as BlobLike | null;
  if (!blob || typeof blob.getBytes !== 'function') {
    throw new Error('attachment is not a BlobSource');
  }
  const buffer = toBuffer(blob.getBytes());
  return {
    name: String(blob.getName?.() ?? 'attachment'),
    contentType: String(blob.getContentType?.() ?? 'application/octet-stream'),
    data: buffer.toString('base64'),
    size: buffer.length,
  };
}

/** A test-API attachment (`data` as text or bytes) → stored attachment. */
export function fromInput(input: AttachmentInput): AttachmentRecord {
  const buffer = typeof input.data === 'string' ? Buffer.from(input.data) : toBuffer(input.data);
  return {
    name: input.name,
    contentType: input.contentType ?? 'application/octet-stream',
    data: buffer.toString('base64'),
    size: buffer.length,
  };
}

const signed = (buffer: Buffer): number[] => Array.from(buffer, (b) => (b > 127 ? b - 256 : b));

/** A detached Blob (what GmailAttachment.copyBlob returns): mutable, uncounted. */
export class FakeBlob {
  constructor(
    private bytes: Buffer,
    private contentType: string,
    private name: string,
  ) {}

  getName(): string {
    return this.name;
  }
  setName(name: string): FakeBlob {
    this.name = name;
    return this;
  }
  getContentType(): string {
    return this.contentType;
  }
  setContentType(contentType: string): FakeBlob {
    this.contentType = contentType;
    return this;
  }
  getBytes(): number[] {
    return signed(this.bytes);
  }
  setBytes(data: number[]): FakeBlob {
    this.bytes = toBuffer(data);
    return this;
  }
  getDataAsString(charset?: string): string {
    return this.bytes.toString(charset?.toLowerCase() === 'iso-8859-1' ? 'latin1' : 'utf8');
  }
  setDataFromString(text: string): FakeBlob {
    this.bytes = Buffer.from(text);
    return this;
  }
  getBlob(): FakeBlob {
    return this;
  }
  copyBlob(): FakeBlob {
    return new FakeBlob(Buffer.from(this.bytes), this.contentType, this.name);
  }
  isGoogleType(): boolean {
    return false;
  }
}

/** GmailAttachment: a read-only Blob of a stored attachment, with getSize(). */
export class FakeGmailAttachment {
  constructor(
    private readonly kernel: FakeKernel,
    private readonly record: AttachmentRecord,
  ) {}

  private get buffer(): Buffer {
    return Buffer.from(this.record.data, 'base64');
  }
  getName(): string {
    this.kernel.call('GmailAttachment.getName');
    return this.record.name;
  }
  getContentType(): string {
    this.kernel.call('GmailAttachment.getContentType');
    return this.record.contentType;
  }
  getSize(): number {
    this.kernel.call('GmailAttachment.getSize');
    return this.record.size;
  }
  getBytes(): number[] {
    this.kernel.call('GmailAttachment.getBytes');
    return signed(this.buffer);
  }
  getDataAsString(charset?: string): string {
    this.kernel.call('GmailAttachment.getDataAsString');
    return this.buffer.toString(charset?.toLowerCase() === 'iso-8859-1' ? 'latin1' : 'utf8');
  }
  getHash(): string {
    this.kernel.call('GmailAttachment.getHash');
    // A stable content hash; Apps Script documents only that it is a SHA1 hash of the content.
    return createHash('sha1').update(this.buffer).digest('hex');
  }
  isGoogleType(): boolean {
    this.kernel.call('GmailAttachment.isGoogleType');
    return false;
  }
  copyBlob(): FakeBlob {
    this.kernel.call('GmailAttachment.copyBlob');
    return new FakeBlob(this.buffer, this.record.contentType, this.record.name);
  }
  getBlob(): FakeBlob {
    this.kernel.call('GmailAttachment.getBlob');
    return new FakeBlob(this.buffer, this.record.contentType, this.record.name);
  }
}
