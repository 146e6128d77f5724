/**
 * Attachments in and out. Code under test passes BlobSources (anything with getBlob(), or a
 * Blob itself); the fake keeps name, type and base64 bytes, and hands back GmailAttachments
 * and the workspace's one FakeBlob (../script/blob), with signed Java bytes like every Blob.
 */
import { createHash } from 'node:crypto';
import type { FakeKernel } from '../kernel';
import { FakeBlob, fromBytes } from '../script/blob';
import type { AttachmentRecord, AttachmentSummary } from './types';

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

/** A BlobSource from code under test → stored attachment. */
export function fromBlobSource(source: unknown): AttachmentRecord {
  const holder = source as { getBlob?: () => unknown } | null;
  const blob = (
    typeof holder?.getBlob === 'function' ? holder.getBlob() : source
  ) as BlobLike | null;
  if (!blob || typeof blob.getBytes !== 'function') {
    throw new Error('attachment is not a BlobSource');
  }
  const buffer = fromBytes(blob.getBytes() as ArrayLike<number>);
  return {
    name: String(blob.getName?.() ?? 'attachment'),
    contentType: String(blob.getContentType?.() ?? 'application/octet-stream'),
    data: buffer.toString('base64'),
    size: buffer.length,
  };
}

/** A test-API attachment (`data` as text or bytes) → stored attachment. */
export function fromInput(input: AttachmentInput): AttachmentRecord {
  const buffer = typeof input.data === 'string' ? Buffer.from(input.data) : fromBytes(input.data);
  return {
    name: input.name,
    contentType: input.contentType ?? 'application/octet-stream',
    data: buffer.toString('base64'),
    size: buffer.length,
  };
}

/** The sent log and test views keep attachments without their bytes. */
export function summarize(attachments: AttachmentRecord[]): AttachmentSummary[] {
  return attachments.map(({ name, contentType, size }) => ({ name, contentType, size }));
}

/**
 * GmailAttachment: a read-only Blob of a stored attachment, with getSize() and getHash(). Its
 * calls are counted as `GmailAttachment.*`; the bytes live in a detached, uncounted FakeBlob,
 * and copyBlob / getBlob hand out fresh copies of it, so changing one never changes the mail.
 */
export class FakeGmailAttachment {
  private readonly blob: FakeBlob;

  constructor(
    private readonly kernel: FakeKernel,
    private readonly record: AttachmentRecord,
  ) {
    this.blob = new FakeBlob(
      null,
      Buffer.from(record.data, 'base64'),
      record.contentType,
      record.name,
    );
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
    return this.blob.getBytes();
  }
  getDataAsString(charset?: string): string {
    this.kernel.call('GmailAttachment.getDataAsString');
    return this.blob.getDataAsString(charset);
  }
  getHash(): string {
    this.kernel.call('GmailAttachment.getHash');
    // A stable content hash; Apps Script documents only that it is a SHA1 hash of the content.
    return createHash('sha1').update(this.blob.raw()).digest('hex');
  }
  isGoogleType(): boolean {
    this.kernel.call('GmailAttachment.isGoogleType');
    return false;
  }
  copyBlob(): FakeBlob {
    this.kernel.call('GmailAttachment.copyBlob');
    return this.blob.copyBlob();
  }
  getBlob(): FakeBlob {
    this.kernel.call('GmailAttachment.getBlob');
    return this.blob.copyBlob();
  }
}
