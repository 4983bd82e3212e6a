import type { ColumnType, Generated } from 'kysely';
import type { EvaluationStatus } from '../../domain/evaluation-workflow';
import type { OrgPredikat } from '../../domain/kurva';
import type { Predikat, Rating } from '../../domain/predikat';
import type { CurveEnforcement, EvaluationKind, KeberatanAuthorRole, KeberatanDecision } from '../../shared/schemas/evaluation';
import type { CheckedText, CreatedAt, Id, Timestamp, UpdatedAt } from './schema-columns';

/** Kysely's view of the tables of migration 0006 (evaluation); part of `Database` in schema.ts. */
type Json = ColumnType<unknown, string, string>;

export interface OrgPredikatTable {
  id: Id;
  instansi_id: string;
  unit_id: string;
  year: number;
  period_id: string | null;
  predikat: CheckedText<OrgPredikat>;
  reason: string;
  set_by: string;
  set_at: Timestamp;
}

export interface EvaluationTable {
  id: Id;
  instansi_id: string;
  pegawai_id: string;
  skp_id: string;
  kind: EvaluationKind;
  year: number;
  period_id: string | null;
  status: Generated<EvaluationStatus>;
  penilai_pegawai_id: string | null;
  penilai_account_id: string | null;
  atasan_penilai_pegawai_id: string | null;
  atasan_penilai_account_id: string | null;
  rating_hasil_kerja: Rating | null;
  rating_perilaku: Rating | null;
  predikat: Predikat | null;
  justification_hasil_kerja: Generated<string>;
  justification_perilaku: Generated<string>;
  head_unit_id: string | null;
  head_org_predikat: OrgPredikat | null;
  /** Periods rated without submitted realisation (their deadline had passed): [{ periodId, name }]. */
  realisation_unsubmitted: Json | null;
  rated_before_end: Generated<boolean>;
  rated_at: Timestamp | null;
  rated_by: string | null;
  self_assessed_at: Timestamp | null;
  curve_unit_id: string | null;
  curve_org_predikat: OrgPredikat | null;
  curve_enforcement: CurveEnforcement | null;
  curve_counts: Json | null;
  curve_violations: Json | null;
  curve_justification: string | null;
  finalised_at: Timestamp | null;
  finalised_by: string | null;
  acknowledged_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface EvaluationRhkRatingTable {
  evaluation_id: string;
  rhk_id: string;
  rating: CheckedText<Rating>;
  note: Generated<string>;
}

export interface SelfAssessmentItemTable {
  evaluation_id: string;
  item_kind: 'RHK' | 'PERILAKU';
  item_ref: string;
  rating: CheckedText<Rating | null>;
  reflection: Generated<string>;
}

export interface KeberatanTable {
  id: Id;
  evaluation_id: string;
  reasons: string;
  filed_at: Timestamp;
  filed_by: string;
  before_hasil_kerja: CheckedText<Rating>;
  before_perilaku: CheckedText<Rating>;
  before_predikat: CheckedText<Predikat>;
  decision: CheckedText<KeberatanDecision | null>;
  decision_reason: string | null;
  after_hasil_kerja: CheckedText<Rating | null>;
  after_perilaku: CheckedText<Rating | null>;
  after_predikat: CheckedText<Predikat | null>;
  decided_at: Timestamp | null;
  decided_by: string | null;
}

export interface KeberatanStatementTable {
  id: Id;
  keberatan_id: string;
  author_role: CheckedText<KeberatanAuthorRole>;
  account_id: string;
  text: string;
  created_at: Timestamp;
}

/** numeric columns arrive as JS numbers (see the NUMERIC parser in database.ts). */
export interface AnnualResultTable {
  evaluation_id: string;
  instansi_id: string;
  pegawai_id: string;
  year: number;
  predikat: Predikat;
  jabatan: string;
  jenjang: string | null;
  bulan: number;
  koefisien: number | null;
  angka_kredit: number | null;
  decided: Generated<boolean>;
  finalised_at: Timestamp;
  updated_at: Timestamp;
}

export interface EvaluationTables {
  org_predikat: OrgPredikatTable;
  evaluation: EvaluationTable;
  evaluation_rhk_rating: EvaluationRhkRatingTable;
  self_assessment_item: SelfAssessmentItemTable;
  keberatan: KeberatanTable;
  keberatan_statement: KeberatanStatementTable;
  annual_result: AnnualResultTable;
}
