import { coreValueCodes, coreValues } from '../../../domain/berakhlak';
import { FEEDBACK360_MIN_RATERS, FEEDBACK360_SCALE } from '../../../shared/schemas/feedback360';

export interface Feedback360Response {
  scores: Record<string, unknown>;
  comments: Record<string, unknown>;
}

/**
 * Answers join the aggregate only in steps of at least FEEDBACK360_MIN_RATERS colleagues (pegawai
 * asked by name, each asked once per subject per period): the first step makes the aggregate
 * appear, and every later one changes it by the answers of three people or more, so comparing the
 * aggregate before and after never isolates one rater (ADR 007). Answers through service-user links
 * ride along with a step but never make one, since the penilai hands those links out and could
 * answer them himself. Returns the ids to release now, or none.
 */
export function releasableStep<T extends { id: string; viaLink: boolean }>(pending: readonly T[]): string[] {
  const colleagues = pending.filter((p) => !p.viaLink).length;
  return colleagues >= FEEDBACK360_MIN_RATERS ? pending.map((p) => p.id) : [];
}

const SCALE = Array.from({ length: FEEDBACK360_SCALE.max - FEEDBACK360_SCALE.min + 1 }, (_, i) => FEEDBACK360_SCALE.min + i);
const onScale = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= FEEDBACK360_SCALE.min && v <= FEEDBACK360_SCALE.max;
const valueOrder = new Map<string, number>(coreValueCodes.map((code, i) => [code, i]));

/**
 * Per core value: mean (two decimals), count and how many gave each score 1..5; comments without
 * their authors, sorted by value then text so their order says nothing about who answered when.
 */
export function aggregate360(responses: readonly Feedback360Response[]) {
  const perValue = coreValues.map((value) => {
    const scores = responses.map((r) => r.scores[value.code]).filter(onScale);
    const sum = scores.reduce((a, b) => a + b, 0);
    return {
      code: value.code,
      name: value.name,
      mean: scores.length > 0 ? Math.round((sum / scores.length) * 100) / 100 : 0,
      count: scores.length,
      distribution: SCALE.map((s) => scores.filter((v) => v === s).length),
    };
  });
  const comments = responses
    .flatMap((r) => Object.entries(r.comments))
    .filter((entry): entry is [string, string] => valueOrder.has(entry[0]) && typeof entry[1] === 'string' && entry[1].trim() !== '')
    .map(([code, text]) => ({ code, text: text.trim() }))
    .sort((a, b) => valueOrder.get(a.code)! - valueOrder.get(b.code)! || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return { answered: responses.length, perValue, comments };
}
