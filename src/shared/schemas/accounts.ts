import { z } from 'zod';
import { role } from './auth';
import { idParams, idSchema } from './ids';
import { page, pageQuery } from './paging';

export const accountSummary = z.object({
  id: z.string(),
  login: z.string(),
  name: z.string(),
  roles: z.array(role),
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
  /** The pegawai behind the account, null for officials without a NIP. */
  pegawaiId: z.string().nullable(),
  /** For ADMIN_OPD: the OPD administered. */
  adminOpd: z.object({ id: z.string(), name: z.string() }).nullable(),
  can: z.object({ grantRole: z.boolean(), removeRole: z.boolean(), resetPassword: z.boolean() }),
});
export type AccountSummary = z.infer<typeof accountSummary>;

export const accountListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  role: role.optional(),
});
export type AccountListQuery = z.infer<typeof accountListQuery>;

export const accountPage = page(accountSummary);
export type AccountPage = z.infer<typeof accountPage>;


/** `opdId` matters for ADMIN_OPD only; without it, the OPD where the account's pegawai works. */
export const grantRoleRequest = z.object({ role, opdId: idSchema.optional() });
export type GrantRoleRequest = z.infer<typeof grantRoleRequest>;

export const roleParams = idParams.extend({ role });

export const passwordResetResponse = z.object({ temporaryPassword: z.string() });
export type PasswordResetResponse = z.infer<typeof passwordResetResponse>;
