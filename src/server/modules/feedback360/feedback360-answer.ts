import { createHash } from 'node:crypto';
import { coreValueCodes } from '../../../domain/berakhlak';
import type { Feedback360AnswerInput } from '../../../shared/schemas/feedback360';
import type { AuditActor, AuditLog } from '../../platform/audit/audit-log';
import type { Trx } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { releasableStep } from './feedback360-aggregate';
import * as repo from './feedback360.repository';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Every one of the seven core values scored, comments only for known values (empty ones dropped). */
export function checkAnswer(input: Feedback360AnswerInput) {
  const known = new Set<string>(coreValueCodes);
  const problems = [
    ...coreValueCodes.filter((code) => !(code in input.scores)).map((code) => ({ path: `scores.${code}`, message: 'wajib diisi' })),
    ...Object.keys(input.scores).filter((code) => !known.has(code)).map((code) => ({ path: `scores.${code}`, message: 'nilai inti tidak dikenal' })),
    ...Object.keys(input.comments).filter((code) => !known.has(code)).map((code) => ({ path: `comments.${code}`, message: 'nilai inti tidak dikenal' })),
  ];
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', problems);
  return { scores: input.scores, comments: Object.fromEntries(Object.entries(input.comments).filter(([, text]) => text !== '')) };
}

type Request = NonNullable<Awaited<ReturnType<typeof repo.findRequest>>>;

/**
 * Stores one answer: the request is marked answered (the conditional update makes a second answer
 * lose), the scores go to the response table with no link back to the request, and pending answers
 * are released when they make a step of three colleagues (ADR 007). The audit row names neither
 * the rater nor the request — only that the subject got an answer in the period.
 */
export async function saveAnswer(trx: Trx, audit: AuditLog, actor: AuditActor, request: Request, answer: ReturnType<typeof checkAnswer>, now: Date, action: string) {
  if (!(await repo.markAnswered(trx, request.id, now))) return false;
  const viaLink = request.rater_pegawai_id === null;
  await repo.insertResponse(trx, { subjectId: request.subject_pegawai_id, periodId: request.period_id, viaLink, ...answer });
  const step = releasableStep(await repo.lockPending(trx, request.subject_pegawai_id, request.period_id));
  await repo.release(trx, step);
  const anonymous: AuditActor = { instansiId: actor.instansiId, accountId: null, login: null, ip: null, requestId: null };
  await audit.append(trx, anonymous, { action, entityType: 'pegawai', entityId: request.subject_pegawai_id, data: { periodId: request.period_id, released: step.length } });
  return true;
}
