/**
 * The homepage cards of the two Workspace add-on hosts. Each programme gets its own
 * title; the body grows with its module (agenda queue, report compliance).
 */
import type { WorkspaceStatus } from '../../app/status';
import { actionButton, buttons, type Card, type Section } from './model';
import { statusSection } from './status-section';

export type HostApp = 'gmail' | 'calendar';

const TITLES: Record<HostApp, { title: string; subtitle: string }> = {
  gmail: { title: 'LENTERA — Email Daily', subtitle: 'Laporan harian unit melalui email resmi' },
  calendar: {
    title: 'PROTOCLOUD — Agenda Pimpinan',
    subtitle: 'Agenda bersama Bupati, Wakil Bupati dan Sekda',
  },
};

/** `extra`: the sections a module adds under the status (e.g. what the admin must act on). */
export function homepageCard(
  host: HostApp,
  status: WorkspaceStatus,
  extra: readonly Section[] = [],
): Card {
  return {
    name: `beranda-${host}`,
    header: TITLES[host],
    sections: [
      statusSection(status),
      ...extra,
      {
        widgets: [
          buttons(
            ...(host === 'gmail'
              ? [
                  actionButton('Aktifkan penerimaan laporan otomatis', 'actionDailyEnableIngest'),
                  actionButton('Aktifkan pemantauan waktu respons', 'actionDailyEnableResponse'),
                ]
              : []),
            actionButton('Pengaturan', 'actionShowSettings'),
          ),
        ],
      },
    ],
  };
}
