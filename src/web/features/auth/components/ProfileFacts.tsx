import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../shared/schemas/auth';
import type { Role } from '../../../../shared/roles';
import { RoleChips } from '../../../components/RoleChips';
import './profile-facts.css';

export function ProfileFacts({ user, roles }: { user: SessionUser; roles: Role[] }) {
  const { t } = useTranslation();
  return (
    <dl className="profile-facts">
      <div>
        <dt>{t('account.name')}</dt>
        <dd>{user.name}</dd>
      </div>
      <div>
        <dt>{t('account.login')}</dt>
        <dd className="mono">{user.login}</dd>
      </div>
      <div>
        <dt>{t('account.instansi')}</dt>
        <dd>{user.instansiName}</dd>
      </div>
      <div>
        <dt>{t('account.roles')}</dt>
        <dd>
          <RoleChips roles={roles} />
        </dd>
      </div>
    </dl>
  );
}
