import type { ImportFormat, ImportKind } from '../../../../shared/schemas/imports';
import { env } from '../../../config/env';

/** GET /api/imports/templates/{kind}.{format}: a plain link, the browser downloads it with the session cookie. */
export function templateUrl(kind: ImportKind, format: ImportFormat): string {
  return `${env.apiBaseUrl}/imports/templates/${kind}.${format}`;
}
