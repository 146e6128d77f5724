import type { Role } from '../../src/core/access/roles';
import { type AgendaItem, toTimedItem } from '../../src/core/agenda/item';
import {
  AGENDA_STATUSES,
  type AgendaActor,
  type AgendaStatus,
  canTransition,
  TRANSITIONS,
  type TransitionInput,
  transition,
} from '../../src/core/agenda/status';
import { UserError } from '../../src/core/errors';
import { agendaItem } from '../fixtures/agenda-records';

const wib = (s: string) => Date.parse(`${s}:00+07:00`);
const NOW = new Date('2026-03-01T01:00:00Z');

const base: AgendaItem = agendaItem({
  id: 'A1',
  activityType: 'Peresmian',
  start: wib('2026-03-02T08:00'),
  end: wib('2026-03-02T10:00'),
  location: { venue: 'Pasar Baru', desa: 'Sukamaju', kecamatan: 'Kota' },
  leaders: ['Bupati'],
  status: 'DIAJUKAN',
});
const at = (status: AgendaStatus): AgendaItem => ({ ...base, status });

const actor = (roles: Role[], isAideOf?: string[]): AgendaActor => ({
  email: 'x@kab.go.id',
  roles,
  ...(isAideOf ? { isAideOf } : {}),
});
const ACTORS: Record<string, AgendaActor> = {
  operator: actor(['OPERATOR_PROTOKOL']),
  koordinator: actor(['KOORDINATOR_PROTOKOL']),
  pimpinan: actor(['PIMPINAN']),
  ajudan: actor(['PEGAWAI'], ['Bupati']),
  ajudanLain: actor(['PEGAWAI'], ['Sekda']),
  pegawai: actor(['PEGAWAI']),
  admin: actor(['ADMIN']),
};

const FULL_INPUT: TransitionInput = {
  reason: 'Berkas tidak lengkap',
  delegate: 'Wakil Bupati',
  newStart: new Date(wib('2026-03-05T08:00')),
  newEnd: new Date(wib('2026-03-05T10:00')),
};

/** Expected allowed actors per (from → to); everything else must be refused. */
const OP = ['operator', 'koordinator'];
const DEC = ['koordinator', 'pimpinan', 'ajudan'];
const OPEN: AgendaStatus[] = [
  'DIAJUKAN',
  'DIVERIFIKASI',
  'DIJADWALKAN',
  'DIKONFIRMASI',
  'DIPUBLIKASIKAN',
  'DIWAKILKAN',
  'DITUNDA',
];
const EXPECTED = new Map<string, string[]>([
  ['DIAJUKAN>DIVERIFIKASI', OP],
  ['DIVERIFIKASI>DIJADWALKAN', OP],
  ['DIJADWALKAN>DIKONFIRMASI', DEC],
  ['DITUNDA>DIKONFIRMASI', DEC],
  ['DIKONFIRMASI>DIPUBLIKASIKAN', OP],
  ['DIWAKILKAN>DIPUBLIKASIKAN', OP],
  ['DIAJUKAN>DITOLAK', OP],
  ['DIVERIFIKASI>DITOLAK', OP],
  ['DIJADWALKAN>DIWAKILKAN', DEC],
  ['DIKONFIRMASI>DIWAKILKAN', DEC],
  ['DITUNDA>DIWAKILKAN', DEC],
  ...OPEN.map((s): [string, string[]] => [`${s}>DIBATALKAN`, DEC]),
  ...OPEN.map((s): [string, string[]] => [`${s}>DITUNDA`, DEC]),
]);

const matrix = AGENDA_STATUSES.flatMap((from) =>
  AGENDA_STATUSES.flatMap((to) =>
    Object.keys(ACTORS).map((who) => {
      const allowed = EXPECTED.get(`${from}>${to}`)?.includes(who) ?? false;
      return [from, to, who, allowed] as const;
    }),
  ),
);

describe('agenda status machine', () => {
  test('the table holds exactly the documented transitions', () => {
    const keys = TRANSITIONS.map((t) => `${t.from}>${t.to}`).sort();
    expect(keys).toEqual([...EXPECTED.keys()].sort());
  });

  test.each(matrix)('%s → %s by %s: allowed %s', (from, to, who, allowed) => {
    const a = ACTORS[who] as AgendaActor;
    expect(canTransition(at(from), to, a)).toBe(allowed);
    const run = () => transition(at(from), to, a, FULL_INPUT, NOW);
    if (allowed) {
      const { item, audit } = run();
      expect(item.status).toBe(to);
      expect(audit).toMatchObject({ at: NOW, who: 'x@kab.go.id', from, to });
    } else {
      expect(run).toThrow(UserError);
    }
  });

  describe('acceptance', () => {
    test('a unit staff member cannot confirm', () => {
      expect(() =>
        transition(at('DIJADWALKAN'), 'DIKONFIRMASI', ACTORS.pegawai as AgendaActor, {}, NOW),
      ).toThrow(/tidak berwenang.*DIJADWALKAN ke DIKONFIRMASI/);
    });
    test("an authorised aide can, but not another leader's aide", () => {
      const { item } = transition(
        at('DIJADWALKAN'),
        'DIKONFIRMASI',
        ACTORS.ajudan as AgendaActor,
        {},
        NOW,
      );
      expect(item.status).toBe('DIKONFIRMASI');
      expect(() =>
        transition(at('DIJADWALKAN'), 'DIKONFIRMASI', ACTORS.ajudanLain as AgendaActor, {}, NOW),
      ).toThrow(UserError);
    });
    test('aide matching ignores case and spaces', () => {
      const a = actor([], [' bupati ']);
      expect(canTransition(at('DIJADWALKAN'), 'DIKONFIRMASI', a)).toBe(true);
    });
    test('a verifier cannot publish before confirmation', () => {
      for (const from of ['DIAJUKAN', 'DIVERIFIKASI', 'DIJADWALKAN', 'DITUNDA'] as const) {
        expect(() =>
          transition(at(from), 'DIPUBLIKASIKAN', ACTORS.operator as AgendaActor, {}, NOW),
        ).toThrow(/tidak dapat diubah dari .* ke DIPUBLIKASIKAN/);
      }
      const { item } = transition(
        at('DIKONFIRMASI'),
        'DIPUBLIKASIKAN',
        ACTORS.operator as AgendaActor,
        {},
        NOW,
      );
      expect(item.status).toBe('DIPUBLIKASIKAN');
    });
    test('ADMIN alone may do nothing', () => {
      for (const t of TRANSITIONS) {
        expect(canTransition(at(t.from), t.to, ACTORS.admin as AgendaActor)).toBe(false);
      }
    });
    test('closed statuses say so', () => {
      expect(() =>
        transition(at('DIBATALKAN'), 'DIAJUKAN', ACTORS.koordinator as AgendaActor, {}, NOW),
      ).toThrow(/sudah selesai/);
    });
  });

  describe('required inputs', () => {
    const k = ACTORS.koordinator as AgendaActor;
    test('DITOLAK needs a reason, which is kept and audited', () => {
      expect(() => transition(at('DIAJUKAN'), 'DITOLAK', k, { reason: '  ' }, NOW)).toThrow(
        'Alasan wajib diisi untuk status DITOLAK.',
      );
      const { item, audit } = transition(
        at('DIAJUKAN'),
        'DITOLAK',
        k,
        { reason: 'Surat belum ada', note: 'cek ulang' },
        NOW,
      );
      expect(item.reason).toBe('Surat belum ada');
      expect(audit.note).toBe('cek ulang; Alasan: Surat belum ada');
    });
    test('DIWAKILKAN needs another leader, from the list when given', () => {
      const opts = { leaders: ['Bupati', 'Wakil Bupati', 'Sekda'] };
      const from = at('DIKONFIRMASI');
      expect(() => transition(from, 'DIWAKILKAN', k, {}, NOW)).toThrow(/wajib diisi/);
      expect(() => transition(from, 'DIWAKILKAN', k, { delegate: 'bupati' }, NOW)).toThrow(
        /pimpinan lain/,
      );
      expect(() => transition(from, 'DIWAKILKAN', k, { delegate: 'Raja' }, NOW, opts)).toThrow(
        'Pimpinan "Raja" tidak ada dalam daftar.',
      );
      const { item, audit } = transition(
        from,
        'DIWAKILKAN',
        k,
        { delegate: 'wakil bupati' },
        NOW,
        opts,
      );
      expect(item.delegate).toBe('Wakil Bupati');
      expect(audit.note).toBe('Diwakili oleh: Wakil Bupati');
      expect(toTimedItem(item).leaders).toEqual(['Wakil Bupati']);
    });
    test('DITUNDA needs a new start and a later end; moves times, drops the delegate', () => {
      const from: AgendaItem = { ...at('DIWAKILKAN'), delegate: 'Sekda' };
      const s = new Date(wib('2026-03-05T08:00'));
      const e = new Date(wib('2026-03-05T09:30'));
      expect(() => transition(from, 'DITUNDA', k, { newEnd: e }, NOW)).toThrow(/mulai yang baru/);
      expect(() => transition(from, 'DITUNDA', k, { newStart: s }, NOW)).toThrow(
        /selesai yang baru wajib/,
      );
      expect(() => transition(from, 'DITUNDA', k, { newStart: e, newEnd: s }, NOW)).toThrow(
        'Waktu selesai yang baru harus setelah waktu mulai yang baru.',
      );
      expect(() =>
        transition(from, 'DITUNDA', k, { newStart: s, newEnd: new Date(Number.NaN) }, NOW),
      ).toThrow(UserError);
      const { item, audit } = transition(from, 'DITUNDA', k, { newStart: s, newEnd: e }, NOW);
      expect(item).toMatchObject({ status: 'DITUNDA', start: s.getTime(), end: e.getTime() });
      expect(item.delegate).toBeUndefined();
      expect(audit.note).toBe(
        'Waktu baru: Kamis, 5 Maret 2026 08.00 WIB s.d. Kamis, 5 Maret 2026 09.30 WIB',
      );
      // DIJADWALKAN semantics: it must be confirmed again before publishing.
      expect(canTransition(item, 'DIPUBLIKASIKAN', k)).toBe(false);
      expect(canTransition(item, 'DIKONFIRMASI', ACTORS.ajudan as AgendaActor)).toBe(true);
    });
  });

  test('the whole happy path yields one audit entry per step, input item untouched', () => {
    const steps: [AgendaStatus, string][] = [
      ['DIVERIFIKASI', 'operator'],
      ['DIJADWALKAN', 'operator'],
      ['DIKONFIRMASI', 'ajudan'],
      ['DIPUBLIKASIKAN', 'koordinator'],
    ];
    let item = base;
    const log = [];
    for (const [to, who] of steps) {
      const before = item;
      const r = transition(
        item,
        to,
        { ...(ACTORS[who] as AgendaActor), email: `${who}@x` },
        {},
        NOW,
      );
      expect(before.status).not.toBe(to);
      item = r.item;
      log.push(r.audit);
    }
    expect(log.map((a) => [a.who, a.from, a.to, a.note])).toEqual([
      ['operator@x', 'DIAJUKAN', 'DIVERIFIKASI', ''],
      ['operator@x', 'DIVERIFIKASI', 'DIJADWALKAN', ''],
      ['ajudan@x', 'DIJADWALKAN', 'DIKONFIRMASI', ''],
      ['koordinator@x', 'DIKONFIRMASI', 'DIPUBLIKASIKAN', ''],
    ]);
    expect(base.status).toBe('DIAJUKAN');
  });

  test('toTimedItem', () => {
    expect(toTimedItem(base)).toEqual({
      id: 'A1',
      start: base.start,
      end: base.end,
      leaders: ['Bupati'],
      venue: 'Pasar Baru',
      kecamatan: 'Kota',
      activityType: 'Peresmian',
    });
  });
});
