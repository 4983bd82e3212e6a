import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Kysely's view of the tables the migrations create. Ids are int8 and travel as strings. */
type Id = Generated<string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<Record<string, unknown>, string, string>;

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
}

export interface AccountRoleTable {
  account_id: string;
  role: string;
  granted_at: Timestamp;
  granted_by: string | null;
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

export interface Database {
  instansi: InstansiTable;
  account: AccountTable;
  account_role: AccountRoleTable;
  session: SessionTable;
  rate_limit_counter: RateLimitCounterTable;
  setting: SettingTable;
  audit_log: AuditLogTable;
}

export type AccountRow = Selectable<AccountTable>;
export type NewAccount = Insertable<AccountTable>;
export type SessionRow = Selectable<SessionTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
