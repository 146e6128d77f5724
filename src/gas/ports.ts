/** The production wiring: every port backed by Apps Script services. */
import type { Ports } from '../ports';
import { advancedAgendaCalendar } from './agenda-calendar';
import { activeWorkbooks, spreadsheetBooks } from './data-book';
import { driveFiles } from './drive-files';
import { gmailMailbox } from './mailbox';
import {
  executionLog,
  htmlDocuments,
  scriptLock,
  scriptMailer,
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
  mail: scriptMailer,
  files: driveFiles,
  agendaCalendar: advancedAgendaCalendar,
  mailbox: gmailMailbox,
  log: executionLog,
};
