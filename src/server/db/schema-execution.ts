import type { Generated } from 'kysely';
import type { DialogueActionStatus, DialogueKind } from '../../shared/schemas/dialogue';
import type { EvidenceKind, EvidenceStatus } from '../../shared/schemas/execution';
import type { FeedbackRelation } from '../../shared/schemas/feedback';
import type { RaterRelation } from '../../shared/schemas/feedback360';
import type { CheckedText, CheckedTextWithDefault, CreatedAt, DateOnly, Id, Json, Timestamp, UpdatedAt } from './schema-columns';

/** Kysely's view of the tables of migrations 0004–0005 (execution and coaching, notifications); part of `Database` in schema.ts. */
export interface RealisationTable {
  id: Id;
  skp_id: string;
  iki_id: string;
  period_id: string;
  value: number | null;
  narrative: Generated<string>;
  rencana_aksi: Generated<string>;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface RealisationPeriodTable {
  skp_id: string;
  period_id: string;
  submitted_at: Timestamp;
  submitted_by: string | null;
  /** First submitted after the deadline (0010); never cleared. */
  late: Generated<boolean>;
  /** Reopened by the penilai (0010): the period is editable again until resubmitted. */
  reopened_at: Timestamp | null;
  reopened_by: string | null;
  reopen_reason: string | null;
}

/** A period covered by a rated evaluation (0013): locked for the owner, not reopenable. */
export interface RealisationRatedLockTable {
  skp_id: string;
  period_id: string;
  evaluation_id: string;
  locked_at: CreatedAt;
}

export interface EvidenceTable {
  id: Id;
  skp_id: string;
  iki_id: string;
  period_id: string;
  kind: EvidenceKind;
  title: string;
  url: string | null;
  storage_key: string | null;
  file_name: string | null;
  content_type: string | null;
  size_bytes: string | null;
  status: CheckedTextWithDefault<EvidenceStatus>;
  review_reason: string | null;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  uploaded_by: string;
  created_at: CreatedAt;
}

export interface FeedbackTable {
  id: Id;
  instansi_id: string;
  to_pegawai_id: string;
  from_account_id: string;
  from_pegawai_id: string | null;
  relation: FeedbackRelation;
  skp_id: string | null;
  period_id: string | null;
  rhk_id: string | null;
  core_value: string | null;
  text: string;
  created_at: CreatedAt;
}

export interface DialogueTable {
  id: Id;
  instansi_id: string;
  pegawai_id: string;
  leader_pegawai_id: string | null;
  leader_account_id: string;
  kind: CheckedText<DialogueKind>;
  held_on: DateOnly;
  participants: Generated<string>;
  topics: string;
  created_at: CreatedAt;
}

export interface DialogueActionTable {
  id: Id;
  dialogue_id: string;
  text: string;
  due_on: DateOnly | null;
  status: CheckedTextWithDefault<DialogueActionStatus>;
  follow_up: Generated<string>;
  updated_at: UpdatedAt;
}

export interface CoachingFeedbackTable {
  dialogue_id: string;
  answers: Json;
  comment: Generated<string>;
  submitted_at: Timestamp;
}

export interface Feedback360RequestTable {
  id: Id;
  instansi_id: string;
  subject_pegawai_id: string;
  period_id: string;
  requested_by: string;
  relation: CheckedText<RaterRelation>;
  rater_pegawai_id: string | null;
  rater_label: string | null;
  token_hash: string | null;
  answered_at: Timestamp | null;
  created_at: CreatedAt;
}

/** No request id: the database does not link an answer to its rater (ADR 007). */
export interface Feedback360ResponseTable {
  id: Generated<string>;
  via_link: Generated<boolean>;
  released: Generated<boolean>;
  subject_pegawai_id: string;
  period_id: string;
  scores: Json;
  comments: Json;
}

export interface NotificationTable {
  id: Id;
  account_id: string;
  /** No CHECK: tests write kinds of their own. */
  kind: string;
  title: string;
  body: string;
  link: string | null;
  dedupe_key: string | null;
  email_to: string | null;
  email_status: CheckedTextWithDefault<'NONE' | 'PENDING' | 'SENT' | 'FAILED'>;
  email_attempts: Generated<number>;
  emailed_at: Timestamp | null;
  read_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface JobLockTable {
  name: string;
  holder: string;
  locked_until: Timestamp;
  last_run_at: Timestamp | null;
}

export interface ExecutionTables {
  realisation: RealisationTable;
  realisation_period: RealisationPeriodTable;
  realisation_rated_lock: RealisationRatedLockTable;
  evidence: EvidenceTable;
  feedback: FeedbackTable;
  dialogue: DialogueTable;
  dialogue_action: DialogueActionTable;
  coaching_feedback: CoachingFeedbackTable;
  feedback360_request: Feedback360RequestTable;
  feedback360_response: Feedback360ResponseTable;
  notification: NotificationTable;
  job_lock: JobLockTable;
}
