import { randomBytes } from 'node:crypto';
import type { ChainLink } from '../../../domain/penilai';
import { FEEDBACK360_MIN_RATERS, type Feedback360AnswerInput, type Feedback360SubjectView } from '../../../shared/schemas/feedback360';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { inTransaction, type Executor } from '../../platform/db/transaction';
import { conflict, forbiddenScope, notFound, ruleViolation } from '../../platform/errors';
import { notify } from '../notifications';
import { findOfficials, findPenilaiChain } from '../organisation';
import { checkAnswer, hashToken, saveAnswer } from './feedback360-answer';
import { aggregate360For } from './feedback360-summary';
import { canReadSubject, canRequest, canSeeAggregate, canSeeRaters, type Seat, type SubjectChain } from './feedback360.policy';
import * as repo from './feedback360.repository';

type RaterInput = { relation: 'REKAN' | 'BAWAHAN'; pegawaiId: string } | { relation: 'PENGGUNA_LAYANAN'; label: string };

/** The path a service user opens; the token in it is shown once and only its hash is kept. */
export const publicLinkFor = (token: string) => `/umpan-balik-360/${token}`;

export async function loadSubjectChain(db: Executor, subjectPegawaiId: string): Promise<SubjectChain> {
  const chain = await findPenilaiChain(db, subjectPegawaiId);
  const links = [chain?.atasanLangsung ?? null, chain?.pejabatPenilai ?? null, chain?.atasanPejabatPenilai ?? null];
  const officials = await findOfficials(db, links.flatMap((l) => (l?.kind === 'OFFICIAL' ? [l.officialId] : [])));
  const seat = (link: ChainLink | null): Seat | null => {
    if (!link) return null;
    return link.kind === 'PEGAWAI' ? { pegawaiId: link.pegawaiId, accountId: null } : { pegawaiId: null, accountId: officials.find((o) => o.id === link.officialId)?.accountId ?? null };
  };
  return { subjectPegawaiId, atasan: seat(links[0]!), penilai: seat(links[1]!), atasanPenilai: seat(links[2]!) };
}

export function createFeedback360Service(ctx: AppContext) {
  const { db, clock, audit } = ctx;

  async function loadSubject(trx: Executor, auth: AuthContext, pegawaiId: string) {
    const [subject] = await repo.findPegawai(trx, [pegawaiId]);
    if (!subject || subject.instansi_id !== auth.account.instansiId) throw notFound();
    return { subject, chain: await loadSubjectChain(trx, subject.id) };
  }

  /** Rules on who may rate: a pegawai of the instansi with an account, neither the subject nor the penilai, asked once per period. */
  async function checkRaters(trx: Executor, auth: AuthContext, subject: { id: string; instansi_id: string }, periodId: string, raters: RaterInput[]) {
    const ids = raters.flatMap((r) => (r.relation === 'PENGGUNA_LAYANAN' ? [] : [r.pegawaiId]));
    const people = new Map((await repo.findPegawai(trx, ids)).map((p) => [p.id, p]));
    const seen = new Set<string>();
    raters.forEach((rater, i) => {
      if (rater.relation === 'PENGGUNA_LAYANAN') return;
      const path = `raters.${i}.pegawaiId`;
      const person = people.get(rater.pegawaiId);
      if (!person || person.instansi_id !== subject.instansi_id) throw ruleViolation(path, 'Pegawai tidak ditemukan di instansi ini.');
      if (person.id === subject.id) throw ruleViolation(path, 'Pegawai yang dinilai tidak dapat menilai dirinya sendiri.');
      if (person.id === auth.account.pegawaiId) throw ruleViolation(path, 'Pejabat penilai tidak menjadi penilai 360; penilaiannya sendiri ada di formulir evaluasi.');
      if (!person.hasAccount) throw ruleViolation(path, `${person.name} belum memiliki akun aktif untuk menjawab.`);
      if (seen.has(person.id)) throw ruleViolation(path, `${person.name} tercantum dua kali.`);
      seen.add(person.id);
    });
    const asked = await repo.findAlreadyAsked(trx, subject.id, periodId, ids);
    if (asked.length > 0) throw conflict(`Sudah diminta untuk periode ini: ${asked.map((p) => p.name).join(', ')}.`);
    return people;
  }

  async function request(auth: AuthContext, actor: AuditActor, input: { subjectPegawaiId: string; periodId: string; raters: RaterInput[] }) {
    return inTransaction(db, async (trx) => {
      const { subject, chain } = await loadSubject(trx, auth, input.subjectPegawaiId);
      if (!canRequest(auth, chain)) throw forbiddenScope();
      const period = await repo.findPeriod(trx, input.periodId);
      if (!period || period.instansi_id !== subject.instansi_id) throw ruleViolation('periodId', 'Periode tidak ditemukan.');
      if (period.yearStatus !== 'OPEN') throw ruleViolation('periodId', 'Tahun kinerja periode ini tidak sedang dibuka.');
      const people = await checkRaters(trx, auth, subject, period.id, input.raters);
      const now = clock.now();
      const serviceUserLinks: { label: string; url: string }[] = [];
      const recorded: Record<string, string>[] = [];
      for (const rater of input.raters) {
        const token = rater.relation === 'PENGGUNA_LAYANAN' ? randomBytes(24).toString('base64url') : null;
        const requestId = await repo.insertRequest(
          trx,
          {
            instansiId: subject.instansi_id,
            subjectId: subject.id,
            periodId: period.id,
            requestedBy: auth.account.id,
            relation: rater.relation,
            raterPegawaiId: rater.relation === 'PENGGUNA_LAYANAN' ? null : rater.pegawaiId,
            raterLabel: rater.relation === 'PENGGUNA_LAYANAN' ? rater.label : null,
            tokenHash: token ? hashToken(token) : null,
          },
          now,
        );
        if (token && rater.relation === 'PENGGUNA_LAYANAN') serviceUserLinks.push({ label: rater.label, url: publicLinkFor(token) });
        recorded.push({ requestId, relation: rater.relation, ...(rater.relation === 'PENGGUNA_LAYANAN' ? { label: rater.label } : { pegawaiId: rater.pegawaiId }) });
      }
      await audit.append(trx, actor, { action: 'feedback360.requested', entityType: 'pegawai', entityId: subject.id, data: { periodId: period.id, raters: recorded } });
      await notify(trx, { pegawaiIds: [...people.keys()] }, {
        kind: 'FEEDBACK360_REQUESTED',
        title: 'Permintaan umpan balik 360',
        body: `Anda diminta memberi umpan balik perilaku kerja (BerAKHLAK) untuk ${subject.name}, ${period.name}. Jawaban Anda tidak ditampilkan dengan nama Anda.`,
        link: '/umpan-balik-360',
        dedupeKey: `feedback360:${subject.id}:${period.id}:requested`,
      });
      return { created: input.raters.length, serviceUserLinks };
    });
  }

  /** Who was asked and how many answers are released, for those allowed; the released aggregate for those the evaluation is between (ADR 007). */
  async function subjectView(auth: AuthContext, pegawaiId: string, periodId: string): Promise<Feedback360SubjectView> {
    const { subject, chain } = await loadSubject(db, auth, pegawaiId);
    if (!canReadSubject(auth, chain)) throw forbiddenScope();
    const period = await repo.findPeriod(db, periodId);
    if (!period || period.instansi_id !== subject.instansi_id) throw notFound();
    const [aggregate, released, asked, raters] = await Promise.all([
      canSeeAggregate(auth, chain) ? aggregate360For(db, subject.id, [period.id]) : null,
      repo.countReleased(db, subject.id, period.id),
      repo.countAsked(db, subject.id, period.id),
      canSeeRaters(auth, chain) ? repo.listRaters(db, subject.id, period.id) : null,
    ]);
    return {
      subject: { pegawaiId: subject.id, name: subject.name },
      periodId: period.id,
      asked,
      // Never the count of all answers: polled after asking one person, it says whether they answered.
      released,
      threshold: FEEDBACK360_MIN_RATERS,
      aggregate,
      // Who answered is never said, before the threshold or after: with it, a lone answer could be
      // tied to a name the moment it is released.
      raters: raters?.map((r) => ({ requestId: r.id, name: r.name, relation: r.relation, answered: null })) ?? null,
      can: { request: canRequest(auth, chain) && period.yearStatus === 'OPEN' },
    };
  }

  async function inbox(auth: AuthContext) {
    const rows = auth.account.pegawaiId ? await repo.listInbox(db, auth.account.pegawaiId) : [];
    return { items: rows.map((r) => ({ requestId: r.id, subjectName: r.subjectName, periodName: r.periodName, relation: r.relation, answeredAt: r.answered_at?.toISOString() ?? null })) };
  }

  /** The rater asked answers once, while the year is open. */
  async function answer(auth: AuthContext, actor: AuditActor, requestId: string, input: Feedback360AnswerInput) {
    const checked = checkAnswer(input);
    return inTransaction(db, async (trx) => {
      const request = await repo.findRequest(trx, requestId);
      if (!request || request.instansi_id !== auth.account.instansiId) throw notFound();
      if (request.rater_pegawai_id === null || request.rater_pegawai_id !== auth.account.pegawaiId) throw forbiddenScope();
      if (request.answered_at !== null) throw conflict('Anda sudah menjawab permintaan ini.');
      if (request.yearStatus !== 'OPEN') throw ruleViolation('requestId', 'Tahun kinerja periode ini sudah ditutup.');
      const now = clock.now();
      if (!(await saveAnswer(trx, audit, actor, request, checked, now, 'feedback360.answered'))) throw conflict('Anda sudah menjawab permintaan ini.');
      return { answeredAt: now.toISOString() };
    });
  }

  return { request, subjectView, inbox, answer };
}
