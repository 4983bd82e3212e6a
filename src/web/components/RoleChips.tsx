import type { Role } from '../../shared/roles';
import { useRoleLabel } from '../i18n/use-language';
import { Chip } from './Chip';

/** The roles an account holds, as chips in the UI language. */
export function RoleChips({ roles }: { roles: readonly Role[] }) {
  const roleLabel = useRoleLabel();
  return (
    <ul className="chip-list">
      {roles.map((role) => (
        <li key={role}>
          <Chip label={roleLabel(role)} />
        </li>
      ))}
    </ul>
  );
}
