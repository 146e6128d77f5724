/**
 * What the user is told when something fails. Civil servants see a short Indonesian
 * sentence that says what happened and what to do, never a stack trace; the technical
 * detail goes to the execution log for the admin.
 */

/** An expected failure whose message is already written for the user (bad input, no access). */
export class UserError extends Error {
  readonly field: string | undefined;

  constructor(message: string, field?: string) {
    super(message);
    this.name = 'UserError';
    this.field = field;
  }
}

export interface UserMessage {
  /** One or two Indonesian sentences for the person in front of the screen. */
  readonly message: string;
  /** Worth trying again in a moment (quota, busy, temporary outage). */
  readonly retryable: boolean;
}

/**
 * Apps Script errors carry no stable codes, only messages; these patterns follow the
 * wording Google documents. Matched by name and text, never instanceof: errors can come
 * from another realm.
 */
const KNOWN: readonly { pattern: RegExp; message: string; retryable: boolean }[] = [
  {
    pattern: /Service invoked too many times for one day/i,
    message:
      'Batas harian layanan Google untuk akun ini sudah tercapai. Coba lagi besok atau hubungi Admin Sistem.',
    retryable: false,
  },
  {
    pattern: /too many times in a short time|Rate Limit Exceeded/i,
    message: 'Layanan Google sedang membatasi permintaan. Tunggu sebentar, lalu coba lagi.',
    retryable: true,
  },
  {
    pattern: /Service unavailable|server error occurred|Internal error|Backend Error/i,
    message: 'Layanan Google sedang tidak tersedia. Tunggu sebentar, lalu coba lagi.',
    retryable: true,
  },
  {
    pattern: /Lock timeout|another process was holding the lock/i,
    message: 'Sistem sedang memproses permintaan lain. Tunggu sebentar, lalu coba lagi.',
    retryable: true,
  },
  {
    pattern: /Exceeded maximum execution time/i,
    message:
      'Proses melebihi batas waktu Google (6 menit). Pekerjaan akan dilanjutkan pada putaran berikutnya.',
    retryable: true,
  },
  {
    pattern:
      /do not have permission|Required permissions|not authorized|Authorization is required/i,
    message:
      'Akun Anda belum memberi izin atau tidak punya akses ke data ini. Hubungi Admin Sistem.',
    retryable: false,
  },
  {
    pattern: /protected cell or object/i,
    message: 'Bagian lembar ini dilindungi dan tidak boleh diubah dengan akun Anda.',
    retryable: false,
  },
  {
    pattern: /not found or you do not have access|Not Found|does not exist/i,
    message: 'Data yang dicari tidak ditemukan atau Anda tidak punya akses. Hubungi Admin Sistem.',
    retryable: false,
  },
];

const textOf = (error: unknown): { name: string; message: string } => {
  if (error !== null && typeof error === 'object') {
    const e = error as { name?: unknown; message?: unknown };
    return { name: String(e.name ?? ''), message: String(e.message ?? '') };
  }
  return { name: '', message: String(error) };
};

export function toUserMessage(error: unknown): UserMessage {
  const { name, message } = textOf(error);
  if (name === 'UserError') return { message, retryable: false };
  const known = KNOWN.find((k) => k.pattern.test(message));
  if (known) return { message: known.message, retryable: known.retryable };
  return {
    message:
      'Terjadi kesalahan yang tidak terduga. Coba lagi; bila berulang, laporkan ke Admin Sistem beserta waktu kejadiannya.',
    retryable: false,
  };
}

/** Transient errors worth an automatic retry with backoff. */
export const isTransient = (error: unknown): boolean => toUserMessage(error).retryable;
