/**
 * A small dialog with download buttons for exported files. The files travel inside the page
 * (base64 / text) and are turned into downloads in the browser, so no Drive scope is needed.
 */
import { escapeHtml } from '../../core/text/html';

export interface DownloadFile {
  readonly name: string;
  readonly mimeType: string;
  /** base64 for binary files, plain text otherwise. */
  readonly base64?: string;
  readonly text?: string;
}

export function downloadDialogHtml(intro: string, files: readonly DownloadFile[]): string {
  // JSON inside <script>: "<" is escaped so no file content can close the script element.
  const payload = JSON.stringify(files).replace(/</g, '\\u003c');
  const buttons = files
    .map(
      (f, i) =>
        `<p><button type="button" data-file="${i}">Unduh ${escapeHtml(f.name)}</button></p>`,
    )
    .join('');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><base target="_top"><style>body{font:14px Arial,sans-serif;margin:12px}button{padding:6px 12px}</style></head><body>
<p>${escapeHtml(intro)}</p>${buttons}
<script>
var files = ${payload};
document.addEventListener('click', function (event) {
  var index = event.target.getAttribute && event.target.getAttribute('data-file');
  if (index === null || index === undefined) return;
  var file = files[Number(index)];
  var blob;
  if (file.base64) {
    var raw = atob(file.base64); var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    blob = new Blob([bytes], { type: file.mimeType });
  } else {
    blob = new Blob([file.text], { type: file.mimeType });
  }
  var link = document.createElement('a');
  link.href = URL.createObjectURL(blob); link.download = file.name;
  document.body.appendChild(link); link.click(); link.remove();
});
</script></body></html>`;
}
