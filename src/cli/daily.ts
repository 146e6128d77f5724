/**
 * Importing months of LENTERA daily reports from a mailbox export, for the coordinator who
 * starts with a Google Takeout file (Node, not part of the Apps Script bundle):
 *   npm run --silent daily -- import --mbox FILE|- [--units units.csv]
 *   npm run --silent daily -- import --eml FILE… [--units units.csv]
 *
 * Every message goes through the same report parser as the Gmail ingestion
 * (core/daily/parse) and comes out as JSON on stdout:
 *   { "reports": [{ "messageId", "from", "unit", "date", "priority", "sections", "late" }],
 *     "rejected": [{ "messageId", "subject", "problems" }] }
 * See USAGE below for the details the coordinator reads with --help. Invalid files → exit
 * code 2 and an Indonesian message on stderr, nothing on stdout; a message that cannot be read
 * or is not a valid report is listed in "rejected" and the rest go on (exit code 0).
 */
import { readFileSync } from 'node:fs';
import { checkDailyConfig, type DailyConfig, DEFAULT_DAILY_CONFIG } from '../core/daily/config';
import { isLate } from '../core/daily/late';
import { type DailyReport, parseDailyReport } from '../core/daily/parse';
import { UserError } from '../core/errors';
import {
  createWorkCalendar,
  SEED_FIRST_YEAR,
  SEED_LAST_YEAR,
  seedHolidays,
} from '../core/workdays';
import { parseCommandLine, runCommand } from './command-line';
import {
  type RawMessage,
  readMbox,
  splitMbox,
  startsLikeMbox,
  startsLikeMessage,
} from './mail/mbox';
import { readMessage } from './mail/mime';
import { readUnitsCsv } from './mail/units-csv';

const USAGE = `Pemakaian:
  npm run --silent daily -- import --mbox BERKAS|- [--units units.csv]
  npm run --silent daily -- import --eml BERKAS… [--units units.csv]`;

const HELP = `Impor riwayat laporan harian LENTERA dari ekspor kotak surat.

${USAGE}

  --mbox BERKAS   berkas mbox, mis. ekspor Google Takeout (folder Mail, berkas .mbox);
                  - untuk stdin. Format mboxo/mboxrd, akhir baris LF atau CRLF.
  --eml BERKAS…   satu atau beberapa pesan .eml (boleh diulang, boleh bersama --mbox).
  --units BERKAS  CSV tabel Unit dengan kolom Kode,Nama,Alias,Email Kepala,Anggota
                  (Kode dan Nama wajib; nama kolom tidak membedakan huruf besar/kecil;
                  Alias dan Anggota berisi beberapa nilai dipisah ";"; kolom berisi koma
                  diapit tanda petik).
  --help          tampilkan bantuan ini.

Setiap pesan dibaca dengan pengurai laporan harian yang sama dengan impor Gmail. Hasilnya
JSON di stdout:
  {"reports": [{"messageId", "from", "unit", "date", "priority", "sections", "late"}],
   "rejected": [{"messageId", "subject", "problems"}]}
- reports diurutkan menurut tanggal laporan, lalu nama unit, lalu messageId; rejected
  menurut urutan dalam berkas (mbox dulu, lalu .eml). Pesan yang bukan laporan, balasan
  tanpa laporan baru, atau pesan dengan struktur MIME rusak masuk ke rejected beserta
  alasannya; pesan lain tetap diproses.
- messageId dari header Message-ID (tanpa < >); pesan tanpa Message-ID diberi
  "tanpa-id:" + hash isi pesan. Message-ID yang muncul lagi dilewati (dihitung sekali).
- from: alamat pengirim dengan huruf kecil. unit: nama unit seperti di tabel Unit.
- Waktu terima diambil dari header Date, atau dari baris "From " mbox bila Date tidak ada
  atau tidak valid.
- late: true bila diterima sesudah pukul ${DEFAULT_DAILY_CONFIG.cutoff} (${DEFAULT_DAILY_CONFIG.timeZone}) pada tanggal laporan; laporan
  untuk hari libur atau akhir pekan tepat waktu sampai batas itu pada hari kerja
  berikutnya. Hari libur: libur nasional bawaan untuk tahun ${SEED_FIRST_YEAR}–${SEED_LAST_YEAR} (tanpa cuti
  bersama); di luar tahun itu hanya Sabtu dan Minggu.
- Tanpa --units tabel Unit kosong, sehingga tidak ada unit yang dapat dikenali: SEMUA
  laporan masuk ke rejected dengan alasan "tabel Unit masih kosong". Berikan --units
  untuk impor yang sebenarnya.

Kode keluar: 0 berhasil (walau ada pesan yang ditolak), 2 berkas atau argumen tidak valid.`;

const OPTIONS = {
  mbox: { type: 'string' },
  eml: { type: 'string', multiple: true },
  units: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface ReportOutput {
  readonly messageId: string;
  readonly from: string;
  readonly unit: string;
  readonly date: string;
  readonly priority: string;
  readonly sections: Readonly<Record<string, string>>;
  readonly late: boolean;
}

interface RejectedOutput {
  readonly messageId: string;
  readonly subject: string;
  readonly problems: readonly string[];
}

interface ImportOutput {
  readonly reports: ReportOutput[];
  readonly rejected: RejectedOutput[];
}

function readBytes(path: string, flag: string): Buffer {
  try {
    return readFileSync(path === '-' ? 0 : path);
  } catch {
    throw new UserError(`${flag}: berkas "${path}" tidak dapat dibaca.`, flag.replace(/^--/, ''));
  }
}

function readUnitsFile(path: string): DailyConfig {
  const units = readUnitsCsv(readBytes(path, '--units'));
  const config: DailyConfig = { ...DEFAULT_DAILY_CONFIG, units };
  const problems = checkDailyConfig(config);
  if (problems.length > 0) throw new UserError(`--units: ${problems.join(' ')}`, 'units');
  return config;
}

/** The messages of one .eml file: one message, or several when it is itself an mbox. */
function readEml(path: string): RawMessage[] {
  const bytes = readBytes(path, '--eml');
  if (bytes.toString('latin1').trim() === '') {
    throw new UserError(`--eml: berkas "${path}" kosong.`, 'eml');
  }
  if (startsLikeMbox(bytes)) return splitMbox(bytes);
  if (!startsLikeMessage(bytes)) {
    throw new UserError(
      `--eml: berkas "${path}" bukan pesan email (.eml); berkas harus diawali header seperti "From: …" dan "Date: …".`,
      'eml',
    );
  }
  return [{ raw: bytes, envelopeDate: null }];
}

async function* messagesOf(mbox: string | undefined, emls: readonly string[]) {
  // .eml files first checked as a whole: a typo in a path must not cost a long mbox run.
  const eml = emls.map(readEml);
  if (mbox !== undefined) yield* readMbox(mbox);
  for (const messages of eml) yield* messages;
}

const compareText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

interface Accepted {
  /** Epoch ms; only this of the mail is kept, not its text, for a mailbox of any size. */
  readonly receivedAt: number;
  readonly report: ReportOutputWithoutLate;
}
type ReportOutputWithoutLate = Omit<ReportOutput, 'late'>;

async function importMessages(
  messages: AsyncIterable<RawMessage> | Iterable<RawMessage>,
  config: DailyConfig,
): Promise<ImportOutput> {
  const seen = new Set<string>();
  const accepted: Accepted[] = [];
  const rejected: RejectedOutput[] = [];
  for await (const { raw, envelopeDate } of messages) {
    const reading = await readMessage(raw, envelopeDate);
    const messageId = reading.ok ? reading.mail.messageId : reading.messageId;
    if (seen.has(messageId)) continue;
    seen.add(messageId);
    if (!reading.ok) {
      rejected.push({ messageId, subject: reading.subject, problems: reading.problems });
      continue;
    }
    const result = parseDailyReport(reading.mail, config);
    if (!result.ok) {
      rejected.push({ messageId, subject: reading.mail.subject, problems: result.problems });
      continue;
    }
    accepted.push({ receivedAt: reading.mail.receivedAt, report: reportFields(result.report) });
  }
  // The seeded national holidays of every year the reports and their sending span.
  const years = new Set<number>();
  for (const { receivedAt, report } of accepted) {
    years.add(Number(report.date.slice(0, 4)));
    years.add(new Date(receivedAt).getUTCFullYear());
  }
  const span = years.size === 0 ? [] : range(Math.min(...years) - 1, Math.max(...years) + 1);
  const calendar = createWorkCalendar({
    holidays: seedHolidays(span),
    timeZone: config.timeZone,
  });
  const reports = accepted
    .map(({ receivedAt, report }) => ({
      ...report,
      late: isLate(report.date, receivedAt, config, calendar),
    }))
    .sort(
      (a, b) =>
        compareText(a.date, b.date) ||
        compareText(a.unit, b.unit) ||
        compareText(a.messageId, b.messageId),
    );
  return { reports, rejected };
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

function reportFields(report: DailyReport): ReportOutputWithoutLate {
  return {
    messageId: report.messageId,
    from: report.from,
    unit: report.unit,
    date: report.date,
    priority: report.priority,
    sections: report.sections,
  };
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, OPTIONS, USAGE);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (positionals[0] !== 'import') {
    throw new UserError(`perintah harus "import".\n${USAGE}`, 'command');
  }
  const emls = [...(values.eml ?? [])];
  const extra = positionals.slice(1);
  // "--eml a.eml b.eml": the files after the first arrive as positionals.
  if (extra.length > 0) {
    if (emls.length === 0) {
      throw new UserError(`argumen "${extra[0]}" tidak dikenal.\n${USAGE}`, 'argumen');
    }
    emls.push(...extra);
  }
  if (values.mbox === undefined && emls.length === 0) {
    throw new UserError(`--mbox atau --eml wajib diisi.\n${USAGE}`, 'mbox');
  }
  // Units first: a mistake in a small CSV is cheaper to report than one in a large mailbox.
  const config = values.units === undefined ? DEFAULT_DAILY_CONFIG : readUnitsFile(values.units);
  const output = await importMessages(messagesOf(values.mbox, emls), config);
  process.stdout.write(`${JSON.stringify(output)}\n`);
  return 0;
}

// runCommand is synchronous; its error handling (exit 2 for a UserError) is reused as it is.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) =>
    runCommand(() => {
      throw error;
    }),
);
