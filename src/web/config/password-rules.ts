/**
 * Mirrors PASSWORD_MIN_LENGTH in src/shared/schemas/auth.ts. Importing it from there would pull
 * all of zod into the sign-in bundle (the schemas build zod objects at load time), so the web
 * keeps a copy until the constant moves to a zod-free module; the server enforces the real rule.
 */
export const PASSWORD_MIN_LENGTH = 10;
