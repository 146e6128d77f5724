/**
 * The conventions PROTOCLOUD starts with, for Kabupaten Bangka. Setup writes them into the
 * empty settings sheets (defaultAgendaRows); from then on the sheets are the admins' and these
 * values only stand in for a sheet, column or key that is missing or unreadable.
 */
import type { AgendaConventions } from '../conventions';
import { travelMatrix } from './read-travel';
import { agendaRowsOf } from './rows';

/**
 * Road travel between the eight kecamatan, in minutes by official car, one direction each (the
 * other is taken as equal). These are planning estimates from distances between the kecamatan
 * centres (Sungailiat is the capital; Belinyu and Riau Silip lie north, Merawang, Puding Besar
 * and Mendo Barat south and south-west, Bakam inland), not measured times: the protocol team
 * is expected to correct them in the sheet.
 */
const TRAVEL_MINUTES: readonly (readonly [string, string, number])[] = [
  ['Sungailiat', 'Pemali', 15],
  ['Sungailiat', 'Merawang', 30],
  ['Sungailiat', 'Puding Besar', 60],
  ['Sungailiat', 'Mendo Barat', 60],
  ['Sungailiat', 'Bakam', 50],
  ['Sungailiat', 'Belinyu', 75],
  ['Sungailiat', 'Riau Silip', 50],
  ['Pemali', 'Merawang', 30],
  ['Pemali', 'Puding Besar', 50],
  ['Pemali', 'Mendo Barat', 55],
  ['Pemali', 'Bakam', 40],
  ['Pemali', 'Belinyu', 65],
  ['Pemali', 'Riau Silip', 40],
  ['Merawang', 'Puding Besar', 35],
  ['Merawang', 'Mendo Barat', 40],
  ['Merawang', 'Bakam', 50],
  ['Merawang', 'Belinyu', 95],
  ['Merawang', 'Riau Silip', 70],
  ['Puding Besar', 'Mendo Barat', 30],
  ['Puding Besar', 'Bakam', 40],
  ['Puding Besar', 'Belinyu', 100],
  ['Puding Besar', 'Riau Silip', 80],
  ['Mendo Barat', 'Bakam', 45],
  ['Mendo Barat', 'Belinyu', 100],
  ['Mendo Barat', 'Riau Silip', 85],
  ['Bakam', 'Belinyu', 60],
  ['Bakam', 'Riau Silip', 45],
  ['Belinyu', 'Riau Silip', 30],
];

// Emails are left blank: setup cannot know them, and a wrong address would receive invitations.
const leader = (name: string) => ({ name, email: '', aides: [], fridayPrayer: true });

export const DEFAULT_CONVENTIONS: AgendaConventions = {
  leaders: [leader('Bupati'), leader('Wakil Bupati'), leader('Sekretaris Daerah')],
  activityTypes: [
    {
      name: 'Rapat',
      code: 'RAPAT',
      colorId: '7',
      bufferBefore: 15,
      bufferAfter: 15,
      checklist: ['Undangan dan bahan rapat diterima', 'Lokasi dikonfirmasi', 'Transportasi siap'],
    },
    {
      name: 'Peresmian',
      code: 'RESMI',
      colorId: '5',
      bufferBefore: 30,
      bufferAfter: 30,
      checklist: [
        'Lokasi dikonfirmasi',
        'Sambutan disiapkan',
        'Prasasti dan perlengkapan peresmian siap',
        'Tamu dikonfirmasi',
        'Transportasi siap',
      ],
    },
    {
      name: 'Kunjungan Kerja',
      code: 'KUNKER',
      colorId: '10',
      bufferBefore: 30,
      bufferAfter: 30,
      checklist: [
        'Lokasi dikonfirmasi',
        'Rute perjalanan ditetapkan',
        'Pendamping dari OPD dikonfirmasi',
        'Transportasi siap',
      ],
    },
    {
      name: 'Upacara',
      code: 'UPACARA',
      colorId: '11',
      bufferBefore: 30,
      bufferAfter: 15,
      checklist: [
        'Naskah amanat disiapkan',
        'Susunan acara upacara diterima',
        'Pakaian dinas ditentukan',
        'Transportasi siap',
      ],
    },
    {
      name: 'Audiensi',
      code: 'AUDIENSI',
      colorId: '3',
      bufferBefore: 10,
      bufferAfter: 10,
      checklist: ['Tamu dikonfirmasi', 'Pokok bahasan diterima', 'Ruang pertemuan disiapkan'],
    },
    {
      name: 'Acara Kemasyarakatan',
      code: 'MASYARAKAT',
      colorId: '6',
      bufferBefore: 30,
      bufferAfter: 30,
      checklist: [
        'Lokasi dikonfirmasi',
        'Susunan acara diterima',
        'Sambutan disiapkan',
        'Tamu dikonfirmasi',
        'Transportasi siap',
      ],
    },
  ],
  titleFormat: '[{jenis}] {kegiatan} — {penyelenggara}',
  locationFormat: '{tempat}, {desa}, Kec. {kecamatan}',
  requiredByStage: {
    DIVERIFIKASI: ['penanggungJawab', 'kontak', 'lokasiLengkap'],
    DIJADWALKAN: ['penanggungJawab', 'kontak', 'dokumen'],
    DIPUBLIKASIKAN: ['lokasiLengkap'],
  },
  reminders: [
    {
      activityType: '*',
      minutesBefore: 1440,
      recipients: ['pimpinan', 'ajudan', 'penanggungJawab'],
    },
    { activityType: '*', minutesBefore: 60, recipients: ['ajudan', 'operator'] },
    // A ceremony needs the line-up and the uniform settled well before the start.
    { activityType: 'Upacara', minutesBefore: 180, recipients: ['ajudan', 'koordinator'] },
  ],
  // One working day to verify and to schedule, two for the leader to decide, half a day to publish.
  slaHours: { DIAJUKAN: 8, DIVERIFIKASI: 8, DIJADWALKAN: 16, DIKONFIRMASI: 4 },
  escalation: [],
  travel: travelMatrix(TRAVEL_MINUTES),
  // Ceremonies fall on holidays (17 Agustus), so a holiday only warns; Friday prayer is kept free.
  holidayBlock: 'lunak',
  fridayPrayerBlock: 'keras',
  // Early afternoon of the day before: time left to fix what is open before the office closes.
  checklistFlagHour: 13,
};

/** The rows setup writes into each empty settings sheet, keyed by sheet name. */
export const defaultAgendaRows = (): ReadonlyMap<string, unknown[][]> =>
  agendaRowsOf(DEFAULT_CONVENTIONS);
