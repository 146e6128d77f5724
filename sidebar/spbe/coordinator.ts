/**
 * The coordinator's tools above the indicator list: preparing the workbook for another
 * evaluation year, and exporting the year's assessment. Drawn once per sidebar (not on every
 * redraw), so a year being typed or the download links survive a save elsewhere.
 */
import type { ExportFiles } from '../../src/app/spbe-export';
import { escapeHtml } from '../../src/core/text/html';

/**
 * The shipped frameworks (src/core/spbe/frameworks). Written out rather than imported: the
 * catalogue would bring every indicator's name into Sidebar.html just for three labels.
 */
const FRAMEWORKS = [
  ['', 'Yang berlaku pada tahun itu'],
  ['permenpanrb-5-2018', 'PermenPANRB 5/2018 (Evaluasi SPBE)'],
  ['permenpanrb-59-2020', 'PermenPANRB 59/2020 (Evaluasi SPBE)'],
  ['permenpanrb-8-2026', 'PermenPANRB 8/2026 (Indeks Pemdi, sementara)'],
] as const;

export function renderCoordinatorTools(): string {
  const options = FRAMEWORKS.map(
    ([id, label]) => `<option value="${id}">${escapeHtml(label)}</option>`,
  ).join('');
  return [
    '<details id="ganti-tahun-kotak" class="kotak">',
    '<summary id="ganti-tahun-judul">Ganti tahun penilaian</summary>',
    '<form id="form-tahun" novalidate>',
    '<label for="tahun-baru">Tahun evaluasi</label>',
    '<input type="text" id="tahun-baru" name="tahun-baru" inputmode="numeric" maxlength="4" autocomplete="off" placeholder="mis. 2026" aria-describedby="tahun-baru-galat">',
    '<p class="galat-isian" id="tahun-baru-galat"></p>',
    '<label for="kerangka-baru">Kerangka</label>',
    `<select id="kerangka-baru" name="kerangka-baru">${options}</select>`,
    '<button type="submit" id="lanjut-tahun">Lanjut</button>',
    // The second step is a named group, so moving focus into it reads the question first.
    '<div id="konfirmasi-tahun" role="group" aria-labelledby="konfirmasi-teks" hidden>',
    '<p id="konfirmasi-teks"></p>',
    '<div class="tombol">',
    '<button type="button" id="ganti-tahun" data-aksi="ganti-tahun">Ya, ganti tahun</button>',
    '<button type="button" class="sekunder" id="batal-tahun" data-aksi="batal-tahun">Batal</button>',
    '</div></div></form></details>',
    '<form id="form-ekspor" novalidate>',
    '<button type="submit" class="sekunder" id="ekspor">Ekspor penilaian</button>',
    '<ul class="unduhan" id="unduhan"></ul>',
    '</form>',
  ].join('');
}

/**
 * Only the form is checked here: an empty year would make the server take the current one,
 * which is not what a user who left the field empty asked for. The accepted range is the
 * server's to say.
 */
export function checkYear(
  text: string,
): { ok: true; year: string } | { ok: false; message: string } {
  const year = text.trim();
  if (year === '') return { ok: false, message: 'Tahun evaluasi: isi empat angka seperti 2026.' };
  if (!/^\d{4}$/.test(year))
    return { ok: false, message: `Tahun evaluasi: isi empat angka seperti 2026, bukan "${year}".` };
  return { ok: true, year };
}

/** The question of the confirm step, with what the change does to the sheet. */
export function confirmText(year: string, frameworkId: string): string {
  const label = FRAMEWORKS.find(([id]) => id === frameworkId)?.[1] ?? frameworkId;
  const framework = frameworkId === '' ? 'kerangka yang berlaku pada tahun itu' : label;
  return (
    `Ganti ke tahun ${year} dengan ${framework}? Lembar Penilaian akan ditata ulang: ` +
    'nilai yang sudah diisi tetap disimpan menurut nomor indikator, dan baris yang tidak ada ' +
    'di kerangka baru ditandai "Tidak dipakai".'
  );
}

// ---- export downloads -------------------------------------------------------------------------

/** Object URLs of the links on show; each holds its file in memory until revoked. */
let urls: string[] = [];

export function clearDownloads(): void {
  for (const url of urls) URL.revokeObjectURL(url);
  urls = [];
}

function base64Bytes(base64: string) {
  const raw = atob(base64);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** Links to the two files, replacing (and freeing) the previous export's. */
export function renderDownloads(files: ExportFiles): string {
  clearDownloads();
  const items = [
    ['pdf', 'PDF', new Blob([base64Bytes(files.pdfBase64)], { type: 'application/pdf' })],
    // The server's CSV already starts with a byte-order mark for Excel.
    ['csv', 'CSV', new Blob([files.csv], { type: 'text/csv;charset=utf-8' })],
  ] as const;
  return items
    .map(([ext, label, blob]) => {
      const url = URL.createObjectURL(blob);
      urls.push(url);
      const name = escapeHtml(`${files.fileBase}.${ext}`);
      // target="_blank" overrides the page's <base target="_top">: a browser that ignores
      // `download` then opens the file in a tab instead of replacing the spreadsheet.
      return `<li><a id="unduh-${ext}" href="${escapeHtml(url)}" download="${name}" target="_blank">Unduh ${label} <span class="tautan">${name}</span></a></li>`;
    })
    .join('');
}
