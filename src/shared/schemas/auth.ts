import { z } from 'zod';
import { roles } from '../roles';

export const loginRequest = z.object({
  login: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const role = z.enum(roles);

export const sessionUser = z.object({
  id: z.string(),
  login: z.string(),
  name: z.string(),
  instansiId: z.string(),
  instansiName: z.string(),
  mustChangePassword: z.boolean(),
  /** Null for officials without a NIP (Wali Kota, Wakil). */
  pegawaiId: z.string().nullable(),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const loginResponse = z.object({
  user: sessionUser,
  roles: z.array(role),
  csrfToken: z.string(),
});
export type LoginResponse = z.infer<typeof loginResponse>;

export const meResponse = z.object({
  user: sessionUser,
  roles: z.array(role),
  csrfToken: z.string(),
  session: z.object({ idleExpiresAt: z.string(), absoluteExpiresAt: z.string() }),
});
export type MeResponse = z.infer<typeof meResponse>;

export const changePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequest>;

export const okResponse = z.object({ ok: z.literal(true) });
