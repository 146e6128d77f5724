/**
 * Exporting a year's assessment for the evaluation file: CSV and PDF, handed to the browser
 * to download (no Drive access needed). For the SPBE coordinator and admins.
 */
import {
  assessmentCsv,
  assessmentHtml,
  type ExportInput,
  exportFileBase,
} from '../core/spbe/workbook/export';
import { ASSESSMENT_SHEET } from '../core/spbe/workbook/sheets';
import type { Ports } from '../ports';
import { audit } from './audit';
import { requireDataBook } from './data-book';
import { assess, requireCoordinator, workbookContext } from './spbe-workbook';

export interface ExportFiles {
  readonly fileBase: string;
  readonly csv: string;
  readonly pdfBase64: string;
}

export function exportAssessment(ports: Ports): ExportFiles {
  const data = requireDataBook(ports);
  requireCoordinator(ports, data, 'mengekspor penilaian');
  const ctx = workbookContext(ports);
  const assessed = assess(ctx, ctx.book.read(ASSESSMENT_SHEET));
  const input: ExportInput = {
    framework: ctx.framework,
    year: ctx.year,
    title: ctx.book.name,
    rows: assessed.rows,
    columns: assessed.columns,
    generatedAt: ports.clock.now(),
  };
  const fileBase = exportFileBase(input);
  const files = {
    fileBase,
    csv: assessmentCsv(input),
    pdfBase64: ports.documents.pdfBase64(assessmentHtml(input), fileBase),
  };
  audit(ports, data, [
    { action: 'SPBE_EKSPOR', object: ctx.book.name, note: `${fileBase}.pdf dan .csv` },
  ]);
  return files;
}
