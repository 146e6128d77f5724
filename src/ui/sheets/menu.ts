/**
 * The Sheets menu. Each item names an export of src/entry.ts; the bundle test opens the
 * menu and checks every name is a top-level function of the built Code.js.
 */
export interface MenuItem {
  readonly caption: string;
  readonly functionName: string;
}

export const MENU_TITLE = 'SPBE Workspace';

export const MENU_ITEMS: readonly MenuItem[] = [
  { caption: 'Buka panel', functionName: 'showSidebar' },
  { caption: 'Siapkan lembar penilaian', functionName: 'menuPrepareWorkbook' },
  { caption: 'Hitung ulang ringkasan', functionName: 'menuScoreWorkbook' },
  { caption: 'Perbarui riwayat & rencana', functionName: 'menuUpdateHistory' },
  { caption: 'Ekspor penilaian (PDF & CSV)', functionName: 'menuExportAssessment' },
  { caption: 'Salin kerangka bawaan ke lembar Kerangka', functionName: 'menuCopyFrameworks' },
  { caption: 'Penyiapan (Admin Sistem)', functionName: 'menuSetup' },
];
