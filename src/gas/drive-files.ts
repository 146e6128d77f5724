/**
 * Files the add-on keeps in the running user's Drive (agenda backups, archived attachments).
 * With the drive.file scope DriveApp sees only files and folders this add-on created, so
 * folders are found by name among those and never among the user's own.
 */
import type { FileStore } from '../ports';

function folderPath(names: readonly string[]): GoogleAppsScript.Drive.Folder {
  const [first, ...rest] = names;
  const top = DriveApp.getFoldersByName(first ?? 'SPBE Workspace');
  let folder = top.hasNext() ? top.next() : DriveApp.createFolder(first ?? 'SPBE Workspace');
  for (const name of rest) {
    const found = folder.getFoldersByName(name);
    folder = found.hasNext() ? found.next() : folder.createFolder(name);
  }
  return folder;
}

export const driveFiles: FileStore = {
  save: (folders, name, mimeType, content) => {
    const folder = folderPath(folders);
    const existing = folder.getFilesByName(name);
    if (existing.hasNext()) {
      const file = existing.next();
      file.setContent(content);
      return file.getUrl();
    }
    return folder.createFile(name, content, mimeType).getUrl();
  },
  saveBinary: (folders, name, mimeType, base64) => {
    const folder = folderPath(folders);
    const existing = folder.getFilesByName(name);
    // An archived attachment never changes: the copy made by an earlier run is kept.
    if (existing.hasNext()) return existing.next().getUrl();
    const blob = Utilities.newBlob(Utilities.base64Decode(base64), mimeType, name);
    return folder.createFile(blob).getUrl();
  },
};
