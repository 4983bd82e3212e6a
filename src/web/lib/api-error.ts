import type { ErrorCode, ErrorDetail } from '../../shared/errors';

/** An error reply from the API, or a failure to reach it (code NETWORK, status 0). */
export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  readonly status: number;
  readonly details: ErrorDetail[];
  readonly requestId: string | undefined;

  constructor(init: {
    code: ApiError['code'];
    status: number;
    message: string;
    details?: ErrorDetail[];
    requestId?: string;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.code = init.code;
    this.status = init.status;
    this.details = init.details ?? [];
    this.requestId = init.requestId;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
