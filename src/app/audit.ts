/** Appending to the audit log: who did what, when. Free text is made sheet-safe here. */
import { AUDIT_TABLE } from '../core/data/tables';
import { sheetSafe } from '../core/text/sheet-safe';
import type { DataBook, Ports } from '../ports';

export interface AuditEntry {
  readonly action: string;
  readonly object: string;
  readonly note: string;
}

export function audit(
  ports: Pick<Ports, 'clock' | 'identity'>,
  book: DataBook,
  entries: readonly AuditEntry[],
): void {
  if (entries.length === 0) return;
  const at = ports.clock.now();
  const who = ports.identity.currentUserEmail() || '(tidak diketahui)';
  book.append(
    AUDIT_TABLE.name,
    entries.map((e) => [
      at,
      sheetSafe(who),
      sheetSafe(e.action),
      sheetSafe(e.object),
      sheetSafe(e.note),
    ]),
  );
}
