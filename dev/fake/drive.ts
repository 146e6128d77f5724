/**
 * Fake DriveApp as the add-on sees it under the drive.file scope: only files and folders this
 * add-on created for the running user are visible, so every lookup (by name, by id, listing a
 * folder) is limited to items owned by `kernel.activeUser`; other users' items do not exist.
 *
 * Each user has a root folder ("My Drive", made on first use); DriveApp.createFolder /
 * createFile put items there. Name searches are exact, skip trashed items (an item inside a
 * trashed folder counts as trashed, as in Drive) and return items oldest first. Content is
 * kept as bytes (base64 in the saved state); createFile(blob) keeps the blob's bytes and type.
 *
 * Calls are counted as `DriveApp.*`, `Folder.*`, `File.*`, `FileIterator.*` and
 * `FolderIterator.*`, so fault injection and call counters work as for the other fakes.
 * Test API (uncounted): files(), folders(), fileByPath(path).
 */
import type { FakeKernel, Persistent } from './kernel';
import { FakeBlob, fromBytes } from './script/blob';

const ROOT_NAME = 'My Drive';
const FOLDER_MIME = 'application/vnd.google-apps.folder';
const MB = 1024 * 1024;

export interface DriveItemRecord {
  id: string;
  kind: 'file' | 'folder';
  name: string;
  owner: string;
  /** Null only for a user's root folder. */
  parent: string | null;
  mimeType: string;
  /** File content, base64; empty for folders. */
  data: string;
  createdMs: number;
  updatedMs: number;
  /** Trashed itself (an item is also trashed when a folder above it is). */
  trashed: boolean;
}

export interface DriveState {
  items: DriveItemRecord[];
}

/** A file as the test API shows it. */
export interface DriveFileView {
  id: string;
  name: string;
  /** Folder names from the owner's root down to the file: `A/B/name`. */
  path: string;
  owner: string;
  mimeType: string;
  /** The content as UTF-8 text. */
  content: string;
}

export interface DriveFolderView {
  id: string;
  name: string;
  path: string;
  owner: string;
}

interface BlobLike {
  getName?: () => unknown;
  getContentType?: () => unknown;
  getBytes?: () => unknown;
}

/** An Apps Script `Exception` with Google's own message (not one of the catalogue entries). */
function exception(kernel: FakeKernel, message: string, kind?: string): Error {
  const error = new kernel.realm.Error(message);
  error.name = 'Exception';
  return kind ? Object.assign(error, { kind }) : error;
}

const NO_ITEM =
  'No item with the given ID could be found. Or perhaps you do not have permission to access it.';
const ITERATOR_END = 'Cannot retrieve the next object: iterator has reached the end.';

class FakeDriveIterator<T> {
  private index = 0;

  constructor(
    private readonly kernel: FakeKernel,
    private readonly className: 'FileIterator' | 'FolderIterator',
    private readonly items: readonly T[],
  ) {}

  hasNext(): boolean {
    this.kernel.call(`${this.className}.hasNext`);
    return this.index < this.items.length;
  }

  next(): T {
    this.kernel.call(`${this.className}.next`);
    const item = this.items[this.index];
    if (this.index >= this.items.length || item === undefined) {
      throw exception(this.kernel, ITERATOR_END);
    }
    this.index += 1;
    return item;
  }
}

/** What File and Folder share. Every method looks its record up again, so handles stay live. */
abstract class FakeDriveItem {
  protected abstract readonly className: 'File' | 'Folder';

  constructor(
    protected readonly drive: FakeDriveService,
    readonly id: string,
  ) {}

  protected call(method: string): DriveItemRecord {
    this.drive.kernel.call(`${this.className}.${method}`);
    return this.drive.record(this.id);
  }

  protected touch(record: DriveItemRecord): void {
    record.updatedMs = this.drive.kernel.nowMillis();
  }

  getId(): string {
    this.call('getId');
    return this.id;
  }

  getName(): string {
    return this.call('getName').name;
  }

  setName(name: string): this {
    const record = this.call('setName');
    record.name = String(name);
    this.touch(record);
    return this;
  }

  getOwner(): { getEmail(): string } {
    const owner = this.call('getOwner').owner;
    return { getEmail: () => owner };
  }

  getDateCreated(): Date {
    return this.drive.kernel.date(this.call('getDateCreated').createdMs);
  }

  getLastUpdated(): Date {
    return this.drive.kernel.date(this.call('getLastUpdated').updatedMs);
  }

  getParents(): FakeDriveIterator<FakeDriveFolder> {
    const record = this.call('getParents');
    const parent = record.parent === null ? undefined : this.drive.find(record.parent);
    const folders =
      parent && this.drive.visible(parent) ? [new FakeDriveFolder(this.drive, parent.id)] : [];
    return new FakeDriveIterator(this.drive.kernel, 'FolderIterator', folders);
  }

  isTrashed(): boolean {
    this.call('isTrashed');
    return this.drive.trashed(this.id);
  }

  setTrashed(trashed: boolean): this {
    const record = this.call('setTrashed');
    if (record.parent === null) {
      throw this.drive.kernel.error('INVALID_ARGUMENT', 'the root folder cannot be trashed');
    }
    record.trashed = Boolean(trashed);
    this.touch(record);
    return this;
  }

  toString(): string {
    return this.drive.find(this.id)?.name ?? '';
  }
}

export class FakeDriveFile extends FakeDriveItem {
  protected readonly className = 'File';

  getUrl(): string {
    this.call('getUrl');
    return `https://drive.google.com/file/d/${this.id}/view`;
  }

  getMimeType(): string {
    return this.call('getMimeType').mimeType;
  }

  getSize(): number {
    return Buffer.from(this.call('getSize').data, 'base64').length;
  }

  /** Replaces the content (UTF-8 text); the file keeps its id, name and MIME type. */
  setContent(content: string): this {
    const record = this.call('setContent');
    const bytes = Buffer.from(String(content), 'utf8');
    if (bytes.length > 10 * MB) {
      throw this.drive.kernel.error('INVALID_ARGUMENT', 'content is larger than 10MB');
    }
    record.data = bytes.toString('base64');
    this.touch(record);
    return this;
  }

  getBlob(): FakeBlob {
    const record = this.call('getBlob');
    return new FakeBlob(
      this.drive.kernel,
      Buffer.from(record.data, 'base64'),
      record.mimeType,
      record.name,
    );
  }
}

export class FakeDriveFolder extends FakeDriveItem {
  protected readonly className = 'Folder';

  getUrl(): string {
    this.call('getUrl');
    return `https://drive.google.com/drive/folders/${this.id}`;
  }

  getSize(): number {
    this.call('getSize');
    return 0;
  }

  createFolder(name: string): FakeDriveFolder {
    this.call('createFolder');
    return this.drive.addFolder(this.id, name);
  }

  createFile(...args: unknown[]): FakeDriveFile {
    this.call('createFile');
    return this.drive.addFile(this.id, args);
  }

  getFoldersByName(name: string): FakeDriveIterator<FakeDriveFolder> {
    this.call('getFoldersByName');
    return this.drive.folderIterator((r) => r.parent === this.id && r.name === String(name));
  }

  getFilesByName(name: string): FakeDriveIterator<FakeDriveFile> {
    this.call('getFilesByName');
    return this.drive.fileIterator((r) => r.parent === this.id && r.name === String(name));
  }

  getFolders(): FakeDriveIterator<FakeDriveFolder> {
    this.call('getFolders');
    return this.drive.folderIterator((r) => r.parent === this.id);
  }

  getFiles(): FakeDriveIterator<FakeDriveFile> {
    this.call('getFiles');
    return this.drive.fileIterator((r) => r.parent === this.id);
  }
}

export class FakeDriveService implements Persistent<DriveState> {
  private items = new Map<string, DriveItemRecord>();
  private readonly driveApp: object;

  constructor(readonly kernel: FakeKernel) {
    const call = (method: string) => kernel.call(`DriveApp.${method}`);
    this.driveApp = {
      createFolder: (name: string) => {
        call('createFolder');
        return this.addFolder(this.rootOf(kernel.activeUser).id, name);
      },
      createFile: (...args: unknown[]) => {
        call('createFile');
        return this.addFile(this.rootOf(kernel.activeUser).id, args);
      },
      getFoldersByName: (name: string) => {
        call('getFoldersByName');
        return this.folderIterator((r) => r.parent !== null && r.name === String(name));
      },
      getFilesByName: (name: string) => {
        call('getFilesByName');
        return this.fileIterator((r) => r.name === String(name));
      },
      getFolders: () => {
        call('getFolders');
        return this.folderIterator((r) => r.parent !== null);
      },
      getFiles: () => {
        call('getFiles');
        return this.fileIterator(() => true);
      },
      getFileById: (id: string) => {
        call('getFileById');
        return new FakeDriveFile(this, this.byId(id, 'file').id);
      },
      getFolderById: (id: string) => {
        call('getFolderById');
        return new FakeDriveFolder(this, this.byId(id, 'folder').id);
      },
      getRootFolder: () => {
        call('getRootFolder');
        return new FakeDriveFolder(this, this.rootOf(kernel.activeUser).id);
      },
    };
  }

  globals(): { DriveApp: object } {
    return { DriveApp: this.driveApp };
  }

  // ---- Store (used by the handles) ----

  find(id: string): DriveItemRecord | undefined {
    return this.items.get(id);
  }

  /** The record behind a handle; a handle only exists for an item that was there. */
  record(id: string): DriveItemRecord {
    const record = this.items.get(id);
    if (!record) throw exception(this.kernel, NO_ITEM, 'NOT_FOUND');
    return record;
  }

  /** drive.file: the add-on sees what it created for the running user, nothing else. */
  visible(record: DriveItemRecord): boolean {
    return record.owner === this.kernel.activeUser;
  }

  /** Trashed itself or under a trashed folder. */
  trashed(id: string): boolean {
    let r = this.items.get(id);
    while (r) {
      if (r.trashed) return true;
      r = r.parent === null ? undefined : this.items.get(r.parent);
    }
    return false;
  }

  private byId(id: unknown, kind: DriveItemRecord['kind']): DriveItemRecord {
    const record = this.items.get(String(id));
    if (!record || record.kind !== kind || !this.visible(record)) {
      throw exception(this.kernel, NO_ITEM, 'NOT_FOUND');
    }
    return record;
  }

  private rootOf(user: string): DriveItemRecord {
    for (const r of this.items.values()) if (r.parent === null && r.owner === user) return r;
    return this.insert(null, 'folder', ROOT_NAME, FOLDER_MIME, '');
  }

  private insert(
    parent: string | null,
    kind: DriveItemRecord['kind'],
    name: string,
    mimeType: string,
    data: string,
  ): DriveItemRecord {
    const now = this.kernel.nowMillis();
    const record: DriveItemRecord = {
      id: this.kernel.nextId('drv'),
      kind,
      name,
      owner: this.kernel.activeUser,
      parent,
      mimeType,
      data,
      createdMs: now,
      updatedMs: now,
      trashed: false,
    };
    this.items.set(record.id, record);
    return record;
  }

  addFolder(parent: string, name: unknown): FakeDriveFolder {
    if (typeof name !== 'string') throw this.kernel.error('INVALID_ARGUMENT', 'name');
    return new FakeDriveFolder(this, this.insert(parent, 'folder', name, FOLDER_MIME, '').id);
  }

  /** createFile(blob) or createFile(name, content[, mimeType]). */
  addFile(parent: string, args: unknown[]): FakeDriveFile {
    const [first, content, mimeType] = args;
    if (typeof first === 'string') {
      if (content === undefined || content === null) {
        throw this.kernel.error('INVALID_ARGUMENT', 'content');
      }
      const type = mimeType === undefined ? 'text/plain' : String(mimeType);
      if (type.startsWith('application/vnd.google-apps.')) {
        throw this.kernel.error('INVALID_ARGUMENT', 'file.contentType');
      }
      const bytes = Buffer.from(String(content), 'utf8');
      const limit = mimeType === undefined ? 50 * MB : 10 * MB;
      if (bytes.length > limit) {
        throw this.kernel.error('INVALID_ARGUMENT', `content is larger than ${limit / MB}MB`);
      }
      const record = this.insert(parent, 'file', first, type, bytes.toString('base64'));
      return new FakeDriveFile(this, record.id);
    }
    const holder = first as { getBlob?: () => unknown } | null;
    const blob = (
      typeof holder?.getBlob === 'function' ? holder.getBlob() : first
    ) as BlobLike | null;
    if (!blob || typeof blob.getBytes !== 'function') {
      throw this.kernel.error('INVALID_ARGUMENT', 'blob');
    }
    const bytes = fromBytes(blob.getBytes() as ArrayLike<number>);
    const name = blob.getName?.() ?? null;
    const type = blob.getContentType?.() ?? null;
    const record = this.insert(
      parent,
      'file',
      name === null ? 'Untitled' : String(name),
      type === null ? 'application/octet-stream' : String(type),
      bytes.toString('base64'),
    );
    return new FakeDriveFile(this, record.id);
  }

  /** Visible, not trashed, oldest first. */
  private matching(
    kind: DriveItemRecord['kind'],
    test: (record: DriveItemRecord) => boolean,
  ): DriveItemRecord[] {
    return [...this.items.values()].filter(
      (r) => r.kind === kind && this.visible(r) && test(r) && !this.trashed(r.id),
    );
  }

  folderIterator(test: (record: DriveItemRecord) => boolean): FakeDriveIterator<FakeDriveFolder> {
    const folders = this.matching('folder', test).map((r) => new FakeDriveFolder(this, r.id));
    return new FakeDriveIterator(this.kernel, 'FolderIterator', folders);
  }

  fileIterator(test: (record: DriveItemRecord) => boolean): FakeDriveIterator<FakeDriveFile> {
    const files = this.matching('file', test).map((r) => new FakeDriveFile(this, r.id));
    return new FakeDriveIterator(this.kernel, 'FileIterator', files);
  }

  private path(record: DriveItemRecord): string {
    const names: string[] = [];
    let r: DriveItemRecord | undefined = record;
    while (r && r.parent !== null) {
      names.unshift(r.name);
      r = this.items.get(r.parent);
    }
    return names.join('/');
  }

  // ---- Test API (not counted) ----

  /** Every user's files that are not trashed, oldest first. */
  files(): DriveFileView[] {
    return [...this.items.values()]
      .filter((r) => r.kind === 'file' && !this.trashed(r.id))
      .map((r) => ({
        id: r.id,
        name: r.name,
        path: this.path(r),
        owner: r.owner,
        mimeType: r.mimeType,
        content: Buffer.from(r.data, 'base64').toString('utf8'),
      }));
  }

  /** Every user's folders that are not trashed (root folders left out), oldest first. */
  folders(): DriveFolderView[] {
    return [...this.items.values()]
      .filter((r) => r.kind === 'folder' && r.parent !== null && !this.trashed(r.id))
      .map((r) => ({ id: r.id, name: r.name, path: this.path(r), owner: r.owner }));
  }

  /** The oldest file at `A/B/name` (of `owner` when given); undefined when there is none. */
  fileByPath(path: string, owner?: string): DriveFileView | undefined {
    return this.files().find((f) => f.path === path && (owner === undefined || f.owner === owner));
  }

  /** A file's bytes, for binary content the UTF-8 `content` view cannot show. */
  bytes(id: string): Buffer {
    return Buffer.from(this.items.get(id)?.data ?? '', 'base64');
  }

  snapshot(): DriveState {
    return { items: [...this.items.values()].map((r) => ({ ...r })) };
  }

  restore(state: DriveState): void {
    this.items = new Map((state.items ?? []).map((r) => [r.id, { ...r }]));
  }
}
