/** Sidebar client: asks the server for the workspace status and shows it. */
import { renderStatus } from './render';
import { callServer } from './server';

const byId = (id: string) => document.getElementById(id) as HTMLElement;

async function load(): Promise<void> {
  const message = byId('pesan');
  const content = byId('isi');
  const reload = byId('muat-ulang') as HTMLButtonElement;
  message.textContent = 'Memuat…';
  message.className = '';
  reload.disabled = true;
  try {
    const reply = await callServer('sidebarStatus');
    if (reply.ok) {
      content.innerHTML = renderStatus(reply.data);
      content.hidden = false;
      message.textContent = '';
    } else {
      message.textContent = reply.message;
      message.className = 'galat';
    }
  } catch {
    // A failure here is the connection to Google itself, not our server code.
    message.textContent = 'Tidak dapat menghubungi server. Periksa koneksi, lalu tekan Muat ulang.';
    message.className = 'galat';
  } finally {
    reload.disabled = false;
  }
}

byId('muat-ulang').addEventListener('click', () => {
  void load();
});
void load();
