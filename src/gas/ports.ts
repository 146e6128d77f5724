/** The production wiring: every port backed by Apps Script services. */
import type { Ports } from '../ports';
import { activeWorkbooks, spreadsheetBooks } from './data-book';
import {
  executionLog,
  htmlDocuments,
  scriptLock,
  scriptSettings,
  scriptTriggers,
  sessionIdentity,
  systemClock,
} from './services';

export const gasPorts: Ports = {
  clock: systemClock,
  settings: scriptSettings,
  identity: sessionIdentity,
  triggers: scriptTriggers,
  lock: scriptLock,
  books: spreadsheetBooks,
  workbooks: activeWorkbooks,
  documents: htmlDocuments,
  log: executionLog,
};
