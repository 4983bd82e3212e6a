import type { z } from 'zod';
import type {
  feedback360Aggregate,
  feedback360Answer,
  feedback360Created,
  feedback360Inbox,
  feedback360PublicForm,
  feedback360RequestInput,
  raterRelation,
} from '../../../../shared/schemas/feedback360';

export type { Feedback360SubjectView } from '../../../../shared/schemas/feedback360';
export type Feedback360Inbox = z.infer<typeof feedback360Inbox>;
export type InboxItem = Feedback360Inbox['items'][number];
export type Feedback360Answer = z.input<typeof feedback360Answer>;
export type Feedback360Created = z.infer<typeof feedback360Created>;
export type Feedback360RequestInput = z.infer<typeof feedback360RequestInput>;
export type RaterDraft = Feedback360RequestInput['raters'][number];
export type Feedback360Aggregate = z.infer<typeof feedback360Aggregate>;
export type Feedback360PublicForm = z.infer<typeof feedback360PublicForm>;
export type RaterRelation = z.infer<typeof raterRelation>;

/** A BerAKHLAK core value as the answer form shows it. */
export interface ValueToRate {
  code: string;
  name: string;
  guides: readonly string[];
}
