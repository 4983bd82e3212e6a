import { coreValues } from '../../../domain/berakhlak';
import type { Feedback360AnswerInput } from '../../../shared/schemas/feedback360';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import { inTransaction, type Executor } from '../../platform/db/transaction';
import { notFound } from '../../platform/errors';
import { checkAnswer, hashToken, saveAnswer } from './feedback360-answer';
import * as repo from './feedback360.repository';

/**
 * A service user answers through the one-time link the penilai passed on; no account. An unknown,
 * used or expired link is the same 404, so the reply says nothing about which tokens exist.
 */
export function createFeedback360PublicService(ctx: AppContext) {
  const { db, clock, audit } = ctx;

  async function openRequest(trx: Executor, token: string) {
    const request = await repo.findRequestByTokenHash(trx, hashToken(token));
    if (!request || request.answered_at !== null || request.yearStatus !== 'OPEN') throw notFound();
    return request;
  }

  async function form(token: string) {
    const request = await openRequest(db, token);
    const [[subject], instansiName] = await Promise.all([repo.findPegawai(db, [request.subject_pegawai_id]), repo.findInstansiName(db, request.instansi_id)]);
    return {
      subjectName: subject?.name ?? '',
      periodName: request.periodName,
      instansiName,
      answered: false,
      values: coreValues.map((v) => ({ code: v.code, name: v.name, guides: [...v.guides] })),
    };
  }

  /** `actorFor` builds the anonymous audit actor once the request's instansi is known. */
  async function answer(token: string, input: Feedback360AnswerInput, actorFor: (instansiId: string) => AuditActor) {
    const checked = checkAnswer(input);
    return inTransaction(db, async (trx) => {
      const request = await openRequest(trx, token);
      const now = clock.now();
      if (!(await saveAnswer(trx, audit, actorFor(request.instansi_id), request, checked, now, 'feedback360.answered_by_link'))) throw notFound();
      return { answeredAt: now.toISOString() };
    });
  }

  return { form, answer };
}
