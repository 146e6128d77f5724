/** DOM helpers shared by the sidebar's parts. */

export const byId = <T extends HTMLElement = HTMLElement>(id: string): T =>
  document.getElementById(id) as T;

/**
 * The one live region (#pesan, sticky at the bottom so it is seen wherever the user has
 * scrolled). Server messages, save confirmations and connection failures all go here.
 */
export function say(text: string, kind: 'info' | 'galat' | 'berhasil' = 'info'): void {
  const region = byId('pesan');
  region.textContent = text;
  region.className = kind === 'info' ? '' : kind;
}

export const CONNECTION_LOST =
  'Tidak dapat menghubungi server. Periksa koneksi, lalu tekan Muat ulang.';
