/**
 * Finding the data spreadsheet. Its id lives in the script settings; setup creates it.
 * A configured id that can no longer be opened is an error to report, never a reason to
 * quietly start a new, empty spreadsheet (the old data would seem lost).
 */
import { UserError } from '../core/errors';
import type { DataBook, Ports } from '../ports';

export const DATA_SPREADSHEET_KEY = 'DATA_SPREADSHEET_ID';
export const DATA_SPREADSHEET_NAME = 'SPBE Workspace — Data';

export type DataBookState =
  | { readonly kind: 'absent' }
  | { readonly kind: 'unreachable'; readonly id: string }
  | { readonly kind: 'ready'; readonly book: DataBook };

export function locateDataBook(ports: Pick<Ports, 'settings' | 'books'>): DataBookState {
  const id = ports.settings.get(DATA_SPREADSHEET_KEY);
  if (id === null || id === '') return { kind: 'absent' };
  const book = ports.books.open(id);
  return book === null ? { kind: 'unreachable', id } : { kind: 'ready', book };
}

export function unreachableMessage(id: string): string {
  return `Spreadsheet data (ID ${id}) tidak dapat dibuka. Pastikan spreadsheet itu masih ada dan dibagikan kepada Anda, atau minta Admin Sistem memeriksa pengaturan.`;
}

/** The data spreadsheet, or a UserError saying what to do. */
export function requireDataBook(ports: Pick<Ports, 'settings' | 'books'>): DataBook {
  const state = locateDataBook(ports);
  if (state.kind === 'ready') return state.book;
  if (state.kind === 'unreachable') throw new UserError(unreachableMessage(state.id));
  throw new UserError(
    'SPBE Workspace belum disiapkan. Minta Admin Sistem menjalankan menu "Penyiapan".',
  );
}
