import type { Generated, Insertable, Selectable } from 'kysely';
import type { Accumulation, Aspek, Direction } from '../../domain/capaian';
import type { JenisAsn, JenisJabatan } from '../../domain/jabatan';
import type { Granularity } from '../../domain/periods';
import type { SkpStatus } from '../../domain/skp-workflow';
import type { Sex } from '../../shared/schemas/organisation';
import type { Pendekatan, PeriodStatus, RhkJenis } from '../../shared/schemas/planning';
import type { ServiceSourceKind } from '../../shared/schemas/public-service';
import type { CheckedText, CheckedTextWithDefault, CreatedAt, DateOnly, Id, Json, Timestamp, UpdatedAt } from './schema-columns';
import type { EvaluationTables } from './schema-evaluation';
import type { ExecutionTables } from './schema-execution';
import type { PublicServiceTables } from './schema-public-service';

/**
 * Kysely's view of the tables the migrations create (platform, organisation, planning here; later areas beside it).
 * A column the migrations hold to a list of values (a CHECK … IN) is typed with the union of that list
 * (`CheckedText` where some writer still passes a plain string).
 */

export interface InstansiTable {
  id: Id;
  code: string;
  name: string;
  created_at: CreatedAt;
}

export interface AccountTable {
  id: Id;
  instansi_id: string;
  login: string;
  name: string;
  password_hash: string;
  must_change_password: Generated<boolean>;
  failed_login_count: Generated<number>;
  locked_until: Timestamp | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
  pegawai_id: string | null;
}

export interface AccountRoleTable {
  account_id: string;
  /** A `Role` by its CHECK; still `string` because account lists filter and write it from plain strings. */
  role: string;
  granted_at: Timestamp;
  granted_by: string | null;
  /** ADMIN_OPD only: the OPD it administers. */
  opd_id: string | null;
}

export interface SessionTable {
  id: string;
  account_id: string;
  csrf_token: string;
  created_at: Timestamp;
  idle_expires_at: Timestamp;
  absolute_expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface RateLimitCounterTable {
  key: string;
  count: number;
  reset_at: Timestamp;
}

export interface SettingTable {
  instansi_id: string;
  /** Wider than `SettingKey`: a key this version no longer knows is kept and ignored. */
  key: string;
  value: Json;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface AuditLogTable {
  id: Id;
  instansi_id: string;
  seq: string;
  at: Timestamp;
  actor_account_id: string | null;
  actor_login: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  data: Json;
  ip: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface UnitKerjaTable {
  id: Id;
  instansi_id: string;
  code: string;
  name: string;
  kind: string;
  parent_id: string | null;
  is_opd: Generated<boolean>;
  opd_id: string | null;
  path: Generated<string>;
  depth: Generated<number>;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface JabatanTable {
  id: Id;
  instansi_id: string;
  unit_id: string;
  name: string;
  jenis: JenisJabatan;
  jenjang: string | null;
  is_head: Generated<boolean>;
}

export interface PegawaiTable {
  id: Id;
  instansi_id: string;
  nip: string;
  jenis_asn: JenisAsn;
  name: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  pangkat_golongan: string | null;
  sex: Sex;
  birth_date: DateOnly;
  email: string | null;
  phone: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface PenempatanTable {
  id: Id;
  pegawai_id: string;
  jabatan_id: string;
  valid_from: DateOnly;
  valid_to: DateOnly | null;
  acting: Generated<boolean>;
  note: string | null;
  created_at: CreatedAt;
}

export interface AtasanOverrideTable {
  id: Id;
  pegawai_id: string;
  atasan_pegawai_id: string;
  reason: string;
  valid_from: DateOnly;
  valid_to: DateOnly | null;
  created_by: string | null;
  created_at: CreatedAt;
}

/** BKPSDM's delegation of penilai authority to a post below Pengawas, with its legal basis (migration 0011). */
export interface PenilaiDelegationTable {
  id: Id;
  jabatan_id: string;
  dasar_hukum: string;
  valid_from: DateOnly;
  valid_to: DateOnly | null;
  created_by: string | null;
  created_at: CreatedAt;
}

/** A definitive holder's recorded absence (cuti, sakit, tugas belajar…): the time a Plt may hold their post. */
export interface HolderAbsenceTable {
  id: Id;
  pegawai_id: string;
  reason: string;
  valid_from: DateOnly;
  valid_to: DateOnly | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface OfficialTable {
  id: Id;
  instansi_id: string;
  title: 'WALI_KOTA' | 'WAKIL_WALI_KOTA';
  name: string;
  account_id: string | null;
}

export interface PenilaiChainTable {
  pegawai_id: string;
  instansi_id: string;
  opd_id: string | null;
  atasan_pegawai_id: string | null;
  penilai_pegawai_id: string | null;
  atasan_penilai_pegawai_id: string | null;
  chain: Json;
  complete: boolean;
  computed_on: DateOnly;
}

export interface PerformanceYearTable {
  id: Id;
  instansi_id: string;
  year: number;
  granularity: CheckedText<Granularity>;
  status: Generated<PeriodStatus>;
  planning_closes: DateOnly | null;
  created_at: CreatedAt;
}

export interface PeriodTable {
  id: Id;
  year_id: string;
  seq: number;
  name: string;
  starts_on: DateOnly;
  ends_on: DateOnly;
  realisation_closes: DateOnly;
  evaluation_closes: DateOnly;
  status: Generated<PeriodStatus>;
}

/** numeric columns arrive as JS numbers (see the NUMERIC parser in database.ts). */
export interface OrgGoalTable {
  id: Id;
  instansi_id: string;
  opd_id: string;
  year: number;
  code: string;
  sasaran: string;
  indicator: string;
  satuan: string;
  target: number;
  direction: CheckedText<Direction>;
  baseline: number | null;
  created_at: CreatedAt;
}

export interface SkpTable {
  id: Id;
  instansi_id: string;
  pegawai_id: string;
  year: number;
  jabatan_id: string;
  opd_id: string | null;
  pendekatan: CheckedTextWithDefault<Pendekatan>;
  status: CheckedTextWithDefault<SkpStatus>;
  revision: Generated<number>;
  valid_from: DateOnly;
  valid_to: DateOnly | null;
  ended_reason: string | null;
  return_note: string | null;
  submitted_at: Timestamp | null;
  decided_at: Timestamp | null;
  decided_by: string | null;
  lampiran_sumber_daya: Generated<string>;
  lampiran_skema: Generated<string>;
  lampiran_konsekuensi: Generated<string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface RhkTable {
  id: Id;
  skp_id: string;
  jenis: CheckedText<RhkJenis>;
  text: string;
  parent_rhk_id: string | null;
  org_goal_id: string | null;
  position: number;
  created_at: CreatedAt;
}

export interface IkiTable {
  id: Id;
  rhk_id: string;
  aspek: CheckedText<Aspek>;
  indicator: string;
  target_value: number | null;
  target_text: string | null;
  satuan: string | null;
  direction: CheckedTextWithDefault<Direction>;
  baseline: number | null;
  perspektif: string | null;
  position: number;
  /** SUM, AVERAGE or LAST; null = the default for the aspek (domain/capaian.ts). */
  accumulation: CheckedText<Accumulation | null>;
  /** Service-fed IKI (0007): IKM_INDEX, COMPLAINTS_ON_TIME_PCT or FIRST_RESPONSE_AVG_DAYS of a service unit. */
  source_kind: CheckedTextWithDefault<ServiceSourceKind | null>;
  source_unit_id: Generated<string | null>;
}

export interface SkpPerilakuTable {
  skp_id: string;
  core_value: string;
  ekspektasi: Generated<string>;
}

export interface SkpRevisionTable {
  id: Id;
  skp_id: string;
  revision: number;
  approved_at: Timestamp;
  approved_by: string | null;
  snapshot: Json;
}

export interface Database extends ExecutionTables, EvaluationTables, PublicServiceTables {
  instansi: InstansiTable;
  account: AccountTable;
  account_role: AccountRoleTable;
  session: SessionTable;
  rate_limit_counter: RateLimitCounterTable;
  setting: SettingTable;
  audit_log: AuditLogTable;
  unit_kerja: UnitKerjaTable;
  jabatan: JabatanTable;
  pegawai: PegawaiTable;
  penempatan: PenempatanTable;
  atasan_override: AtasanOverrideTable;
  penilai_delegation: PenilaiDelegationTable;
  holder_absence: HolderAbsenceTable;
  official: OfficialTable;
  penilai_chain: PenilaiChainTable;
  performance_year: PerformanceYearTable;
  period: PeriodTable;
  org_goal: OrgGoalTable;
  skp: SkpTable;
  rhk: RhkTable;
  iki: IkiTable;
  skp_perilaku: SkpPerilakuTable;
  skp_revision: SkpRevisionTable;
}

export type AccountRow = Selectable<AccountTable>;
export type NewAccount = Insertable<AccountTable>;
export type SessionRow = Selectable<SessionTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
