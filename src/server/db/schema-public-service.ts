import type { Generated } from 'kysely';
import type { ComplaintStatus } from '../../domain/complaint-workflow';
import type { HolidayKind } from '../../domain/national-holidays';
import type { ComplaintCategory } from '../../domain/sla';
import type { MemberRole } from '../../shared/schemas/public-service';
import type { CheckedText, CheckedTextWithDefault, CreatedAt, DateOnly, Id, Timestamp, UpdatedAt } from './schema-columns';

/** Kysely's view of the tables of migration 0007 (public service quality); part of `Database` in schema.ts. */

export interface ServiceUnitTable {
  id: Id;
  instansi_id: string;
  opd_id: string;
  unit_id: string;
  name: string;
  slug: string;
  address: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface ServiceUnitMemberTable {
  service_unit_id: string;
  pegawai_id: string;
  role: CheckedTextWithDefault<MemberRole>;
}

export interface ComplaintTable {
  id: Id;
  instansi_id: string;
  service_unit_id: string;
  ticket: string;
  category: ComplaintCategory;
  description: string;
  complainant_name: string | null;
  complainant_phone: string | null;
  complainant_email: string | null;
  photo_key: string | null;
  photo_content_type: string | null;
  photo_size: string | null;
  status: CheckedTextWithDefault<ComplaintStatus>;
  received_at: Timestamp;
  received_on: DateOnly;
  first_response_due_at: Timestamp;
  resolution_due_at: Timestamp;
  assigned_pegawai_id: string | null;
  assigned_at: Timestamp | null;
  first_response_at: Timestamp | null;
  first_response_days: number | null;
  resolved_at: Timestamp | null;
  rejection_reason: string | null;
  escalation_level: Generated<number>;
  duplicate_of: string | null;
  content_hash: string;
  ip_hash: string | null;
  updated_at: UpdatedAt;
}

export interface ComplaintEventTable {
  id: Id;
  complaint_id: string;
  at: Timestamp;
  kind: CheckedText<'RECEIVED' | 'ASSIGNED' | 'RESPONDED' | 'RESOLVED' | 'REJECTED' | 'ESCALATED'>;
  /** No CHECK in the migration, but only a complaint's status is ever written here. */
  status: CheckedText<ComplaintStatus>;
  text: string | null;
  public: Generated<boolean>;
  actor_account_id: string | null;
  actor_pegawai_id: string | null;
}

export interface IkmResponseTable {
  id: Id;
  instansi_id: string;
  service_unit_id: string;
  submitted_at: Timestamp;
  submitted_on: DateOnly;
  u1: number;
  u2: number;
  u3: number;
  u4: number;
  u5: number;
  u6: number;
  u7: number;
  u8: number;
  u9: number;
  comment: string | null;
  ip_hash: string | null;
  /** Hash of the device token from the survey page: one answer per unit per period. */
  respondent_hash: string | null;
  period_key: string | null;
  burst_id: string | null;
}

/** Answers that came too fast to be separate visitors: held out of service-fed indicators until BKPSDM decides. */
export interface IkmBurstTable {
  id: Id;
  instansi_id: string;
  service_unit_id: string;
  first_at: Timestamp;
  last_at: Timestamp;
  reason: string;
  status: Generated<'PENDING' | 'ACCEPTED' | 'REJECTED'>;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
}

export interface HolidayTable {
  instansi_id: string;
  date: DateOnly;
  name: string;
  kind: CheckedText<HolidayKind>;
}

export interface PublicServiceTables {
  service_unit: ServiceUnitTable;
  service_unit_member: ServiceUnitMemberTable;
  complaint: ComplaintTable;
  complaint_event: ComplaintEventTable;
  ikm_response: IkmResponseTable;
  ikm_burst: IkmBurstTable;
  holiday: HolidayTable;
}
