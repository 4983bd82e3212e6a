/** Password rules both sides show and check; kept free of zod so the sign-in bundle stays small. */
export const PASSWORD_MIN_LENGTH = 10;
