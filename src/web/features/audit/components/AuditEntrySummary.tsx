import { roles, type Role } from '../../../../shared/roles';
import { useRoleLabel } from '../../../i18n/use-language';

function isRole(value: unknown): value is Role {
  return roles.some((role) => role === value);
}

/** The facts most rows are read for (whose account, which role, old → new value) without opening the JSON. */
export function AuditEntrySummary({ data }: { data: Record<string, unknown> }) {
  const roleLabel = useRoleLabel();
  const facts: string[] = [];
  if (typeof data.login === 'string') facts.push(data.login);
  if (isRole(data.role)) facts.push(roleLabel(data.role));
  if ('from' in data && 'to' in data) facts.push(`${String(data.from)} → ${String(data.to)}`);
  if (facts.length === 0) return null;
  return <span className="audit-table__summary">{facts.join(' · ')}</span>;
}
