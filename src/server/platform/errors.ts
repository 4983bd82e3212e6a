import type { ErrorCode, ErrorDetail } from '../../shared/errors';
import { errorCodes } from '../../shared/errors';

/** A failure the caller can act on: a code from src/shared/errors.ts and optional details. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details: ErrorDetail[] = [],
    message?: string,
  ) {
    super(message ?? errorCodes[code].en);
    this.name = 'AppError';
    this.status = errorCodes[code].status;
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbiddenScope = () => new AppError('FORBIDDEN_SCOPE');
export const conflict = (reason: string) => new AppError('CONFLICT', [{ reason }]);
export const ruleViolation = (path: string, message: string) => new AppError('RULE_VIOLATION', [{ path, message }]);
