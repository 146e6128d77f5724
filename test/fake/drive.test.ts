import vm from 'node:vm';
import { FakeDriveService } from '../../dev/fake/drive';
import { FakeKernel } from '../../dev/fake/kernel';
import { FakeUtilities } from '../../dev/fake/script/utilities';
import { FakeWorkspace } from '../../dev/fake/workspace';
import { driveFiles } from '../../src/gas/drive-files';

type Drive = GoogleAppsScript.Drive.DriveApp;
type Folder = GoogleAppsScript.Drive.Folder;
const ADMIN = 'admin@bangka.go.id';
const STAFF = 'staf@bangka.go.id';

function setup(kernel = new FakeKernel('2026-11-23T01:00:00.000Z')) {
  kernel.activeUser = ADMIN;
  const drive = new FakeDriveService(kernel);
  const DriveApp = drive.globals().DriveApp as unknown as Drive;
  const Utilities = new FakeUtilities(kernel).globals()
    .Utilities as unknown as GoogleAppsScript.Utilities.Utilities;
  return { kernel, drive, DriveApp, Utilities };
}

const first = <T>(it: { hasNext(): boolean; next(): T }): T | null =>
  it.hasNext() ? it.next() : null;

describe('fake DriveApp', () => {
  it('creates nested folders and files and finds them again by name', () => {
    const { DriveApp, drive, kernel } = setup();
    const top = DriveApp.createFolder('SPBE Workspace');
    const agenda = top.createFolder('Agenda');
    const file = agenda.createFile('agenda-2026-11.json', '{"a":1}', 'application/json');

    expect(file.getUrl()).toBe(`https://drive.google.com/file/d/${file.getId()}/view`);
    expect(top.getUrl()).toBe(`https://drive.google.com/drive/folders/${top.getId()}`);
    expect(file.getMimeType()).toBe('application/json');
    expect(file.getSize()).toBe(7);
    expect(file.getName()).toBe('agenda-2026-11.json');
    expect(file.getOwner().getEmail()).toBe(ADMIN);

    const again = first(DriveApp.getFoldersByName('SPBE Workspace')) as Folder;
    expect(again.getId()).toBe(top.getId());
    const sub = first(again.getFoldersByName('Agenda')) as Folder;
    expect(sub.getId()).toBe(agenda.getId());
    expect(first(sub.getFilesByName('agenda-2026-11.json'))?.getId()).toBe(file.getId());
    // Folder searches look at direct children only; DriveApp searches the whole Drive.
    expect(top.getFilesByName('agenda-2026-11.json').hasNext()).toBe(false);
    expect(first(DriveApp.getFilesByName('agenda-2026-11.json'))?.getId()).toBe(file.getId());
    expect(first(file.getParents())?.getId()).toBe(agenda.getId());
    expect(first(top.getParents())?.getId()).toBe(DriveApp.getRootFolder().getId());
    expect(DriveApp.getFileById(file.getId()).getName()).toBe('agenda-2026-11.json');
    expect(DriveApp.getFolderById(agenda.getId()).getName()).toBe('Agenda');

    expect(drive.files()).toEqual([
      {
        id: file.getId(),
        name: 'agenda-2026-11.json',
        path: 'SPBE Workspace/Agenda/agenda-2026-11.json',
        owner: ADMIN,
        mimeType: 'application/json',
        content: '{"a":1}',
      },
    ]);
    expect(drive.fileByPath('SPBE Workspace/Agenda/agenda-2026-11.json')?.id).toBe(file.getId());
    expect(drive.fileByPath('SPBE Workspace/agenda-2026-11.json')).toBeUndefined();
    expect(drive.folders().map((f) => f.path)).toEqual(['SPBE Workspace', 'SPBE Workspace/Agenda']);
    expect(kernel.count('DriveApp.createFolder')).toBe(1);
    expect(kernel.count('Folder.createFile')).toBe(1);
    expect(kernel.countPrefix('FolderIterator.')).toBeGreaterThan(0);
  });

  it('setContent replaces the content of the same file and moves its update time', () => {
    const { DriveApp, drive, kernel } = setup();
    const file = DriveApp.createFolder('Arsip').createFile('laporan.csv', 'a,b', 'text/csv');
    const created = file.getDateCreated();
    kernel.advance(60_000);
    file.setContent('a,b\n1,2');
    expect(drive.files()).toHaveLength(1);
    expect(drive.fileByPath('Arsip/laporan.csv')).toMatchObject({
      content: 'a,b\n1,2',
      mimeType: 'text/csv',
    });
    expect(file.getLastUpdated().getTime() - created.getTime()).toBe(60_000);
    expect(file.getDateCreated().toISOString()).toBe('2026-11-23T01:00:00.000Z');
    expect(file.getBlob().getDataAsString()).toBe('a,b\n1,2');
  });

  it('the production FileStore writes once, then replaces the same file', () => {
    const { DriveApp, drive } = setup();
    const global = globalThis as { DriveApp?: unknown };
    global.DriveApp = DriveApp;
    try {
      const url = driveFiles.save(['SPBE Workspace', 'Agenda'], 'a.json', 'application/json', '1');
      const again = driveFiles.save(
        ['SPBE Workspace', 'Agenda'],
        'a.json',
        'application/json',
        '2',
      );
      expect(again).toBe(url);
      expect(drive.files().map((f) => [f.path, f.content])).toEqual([
        ['SPBE Workspace/Agenda/a.json', '2'],
      ]);
      expect(drive.folders()).toHaveLength(2);
    } finally {
      delete global.DriveApp;
    }
  });

  it('createFile(blob) keeps the bytes, name and content type', () => {
    const { DriveApp, Utilities, drive } = setup();
    const bytes = [-1, -40, -1, -32, 0, 16, 74, 70, 73, 70];
    const blob = Utilities.newBlob(bytes, 'image/jpeg', 'foto.jpg');
    const folder = DriveApp.createFolder('Lampiran');
    const file = folder.createFile(blob);
    expect(file.getName()).toBe('foto.jpg');
    expect(file.getMimeType()).toBe('image/jpeg');
    expect(file.getSize()).toBe(10);
    expect(file.getBlob().getBytes()).toEqual(bytes);
    expect(file.getBlob().getContentType()).toBe('image/jpeg');
    expect([...drive.bytes(file.getId())]).toEqual(bytes.map((b) => b & 0xff));
    // A blob without a name or type still makes a file.
    const plain = DriveApp.createFile(Utilities.newBlob('x'));
    expect([plain.getName(), plain.getMimeType()]).toEqual([
      'Untitled',
      'application/octet-stream',
    ]);
    expect(DriveApp.createFile('catatan.txt', 'halo').getMimeType()).toBe('text/plain');
  });

  it('another user sees none of the first user’s items (drive.file scope)', () => {
    const { DriveApp, drive, kernel } = setup();
    const folder = DriveApp.createFolder('SPBE Workspace');
    const file = folder.createFile('a.txt', 'rahasia');
    const adminRoot = DriveApp.getRootFolder().getId();
    kernel.activeUser = STAFF;
    expect(DriveApp.getFoldersByName('SPBE Workspace').hasNext()).toBe(false);
    expect(DriveApp.getFilesByName('a.txt').hasNext()).toBe(false);
    expect(DriveApp.getFiles().hasNext()).toBe(false);
    expect(() => DriveApp.getFileById(file.getId())).toThrow(
      'No item with the given ID could be found. Or perhaps you do not have permission to access it.',
    );
    expect(() => DriveApp.getFolderById(folder.getId())).toThrow('No item with the given ID');
    expect(() => DriveApp.getFileById('nope')).toThrow('No item with the given ID');
    expect(DriveApp.getRootFolder().getId()).not.toBe(adminRoot);

    const own = DriveApp.createFolder('SPBE Workspace').createFile('a.txt', 'milik staf');
    expect(first(DriveApp.getFilesByName('a.txt'))?.getId()).toBe(own.getId());
    expect(drive.fileByPath('SPBE Workspace/a.txt', STAFF)?.content).toBe('milik staf');
    expect(drive.fileByPath('SPBE Workspace/a.txt', ADMIN)?.content).toBe('rahasia');
    kernel.activeUser = ADMIN;
    expect(first(DriveApp.getFilesByName('a.txt'))?.getId()).toBe(file.getId());
  });

  it('throws the Apps Script error past the end of an iterator', () => {
    const { DriveApp } = setup();
    DriveApp.createFolder('A');
    const folders = DriveApp.getFoldersByName('A');
    folders.next();
    expect(folders.hasNext()).toBe(false);
    let caught: unknown;
    try {
      folders.next();
    } catch (error) {
      caught = error;
    }
    expect(String(caught)).toBe(
      'Exception: Cannot retrieve the next object: iterator has reached the end.',
    );
  });

  it('leaves trashed items (and what is inside trashed folders) out of searches', () => {
    const { DriveApp, drive } = setup();
    const folder = DriveApp.createFolder('Lama');
    const inside = folder.createFile('x.txt', 'x');
    const loose = DriveApp.createFile('y.txt', 'y');
    loose.setTrashed(true);
    expect(loose.isTrashed()).toBe(true);
    expect(DriveApp.getFilesByName('y.txt').hasNext()).toBe(false);
    folder.setTrashed(true);
    expect(inside.isTrashed()).toBe(true);
    expect(DriveApp.getFoldersByName('Lama').hasNext()).toBe(false);
    expect(DriveApp.getFilesByName('x.txt').hasNext()).toBe(false);
    expect(drive.files()).toEqual([]);
    // By id a trashed file is still there, as in Drive.
    expect(DriveApp.getFileById(inside.getId()).isTrashed()).toBe(true);
    folder.setTrashed(false);
    expect(first(DriveApp.getFilesByName('x.txt'))?.getId()).toBe(inside.getId());
  });

  it('rejects Google-type MIME types and oversized text', () => {
    const { DriveApp } = setup();
    const folder = DriveApp.createFolder('A');
    expect(() => folder.createFile('doc', 'x', 'application/vnd.google-apps.document')).toThrow(
      'Invalid argument: file.contentType',
    );
    const file = folder.createFile('big.txt', 'x');
    expect(() => file.setContent('x'.repeat(10 * 1024 * 1024 + 1))).toThrow('10MB');
  });

  it('surfaces an injected fault on DriveApp.createFolder', () => {
    const { DriveApp, drive, kernel } = setup();
    kernel.injectFault({ method: 'DriveApp.createFolder', nth: 1, error: 'SERVICE_UNAVAILABLE' });
    let caught: (Error & { kind?: string }) | undefined;
    try {
      DriveApp.createFolder('SPBE Workspace');
    } catch (error) {
      caught = error as Error & { kind?: string };
    }
    expect(caught?.name).toBe('Exception');
    expect(caught?.kind).toBe('SERVICE_UNAVAILABLE');
    expect(caught?.message).toMatch(/^Service unavailable: DriveApp\./);
    expect(drive.folders()).toEqual([]);
    expect(kernel.pendingFaults()).toEqual([]);
    expect(DriveApp.createFolder('SPBE Workspace').getName()).toBe('SPBE Workspace');
  });

  it('returns Dates and errors of the script realm', () => {
    const kernel = new FakeKernel('2026-11-23T01:00:00.000Z');
    const context = vm.createContext({});
    kernel.realm = vm.runInContext('({ Date: Date, Error: Error })', context);
    const { DriveApp } = setup(kernel);
    const file = DriveApp.createFile('a.txt', 'a');
    expect(file.getDateCreated()).toBeInstanceOf(kernel.realm.Date);
    expect(file.getDateCreated()).not.toBeInstanceOf(Date);
    let caught: unknown;
    try {
      DriveApp.getFolderById(file.getId());
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(kernel.realm.Error);
  });
});

describe('Drive in the saved workspace', () => {
  it('round-trips files and folders through FakeWorkspace save/load', () => {
    const before = new FakeWorkspace({ user: ADMIN });
    const DriveApp = before.globals().DriveApp as Drive;
    const folder = DriveApp.createFolder('SPBE Workspace').createFolder('Lampiran');
    const text = folder.createFile('a.txt', 'halo');
    const Utilities = before.globals().Utilities as GoogleAppsScript.Utilities.Utilities;
    const binary = folder.createFile(Utilities.newBlob([0, -1, 127, -128], 'image/png', 'b.png'));
    before.kernel.advance(5_000);
    text.setContent('halo lagi');

    const after = FakeWorkspace.load(before.save());
    expect(after.drive.files()).toEqual(before.drive.files());
    const App = after.globals().DriveApp as Drive;
    const restored = App.getFileById(text.getId());
    expect(restored.getBlob().getDataAsString()).toBe('halo lagi');
    expect(restored.getLastUpdated().getTime() - restored.getDateCreated().getTime()).toBe(5_000);
    expect(App.getFileById(binary.getId()).getBlob().getBytes()).toEqual([0, -1, 127, -128]);
    const again = first(App.getFoldersByName('Lampiran')) as Folder;
    expect(again.getId()).toBe(folder.getId());
    // Ids keep coming from the restored kernel sequence.
    const next = again.createFile('c.txt', 'c');
    expect(before.drive.files().map((f) => f.id)).not.toContain(next.getId());
    expect(after.drive.fileByPath('SPBE Workspace/Lampiran/c.txt')?.content).toBe('c');
  });

  it('loads a workspace saved before Drive existed, with an empty Drive', () => {
    const saved = JSON.parse(new FakeWorkspace().save()) as Record<string, unknown>;
    delete saved.drive;
    const workspace = FakeWorkspace.load(JSON.stringify(saved));
    expect(workspace.drive.files()).toEqual([]);
    const DriveApp = workspace.globals().DriveApp as Drive;
    expect(DriveApp.getFoldersByName('SPBE Workspace').hasNext()).toBe(false);
  });
});
