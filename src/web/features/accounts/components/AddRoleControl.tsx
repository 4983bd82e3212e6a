import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../../shared/roles';
import type { AccountSummary } from '../../../../shared/schemas/accounts';
import { Button } from '../../../components/Button';
import { useRoleLabel } from '../../../i18n/use-language';
import '../../../components/field.css';

interface AddRoleControlProps {
  account: AccountSummary;
  busy: boolean;
  onAdd: (role: Role) => void;
}

export function AddRoleControl({ account, busy, onAdd }: AddRoleControlProps) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const id = useId();
  const [selected, setSelected] = useState<Role | ''>('');
  const available = roles.filter((role) => !account.roles.includes(role));
  if (available.length === 0) return null;
  return (
    <div className="add-role">
      <label htmlFor={id} className="visually-hidden">
        {t('roles.addRoleFor', { name: account.name })}
      </label>
      <select
        id={id}
        className="field__control add-role__select"
        value={selected}
        onChange={(event) => setSelected(event.target.value as Role | '')}
      >
        <option value="">{t('roles.chooseRole')}</option>
        {available.map((role) => (
          <option key={role} value={role}>
            {roleLabel(role)}
          </option>
        ))}
      </select>
      <Button
        variant="secondary"
        size="sm"
        disabled={!selected}
        busy={busy}
        onClick={() => {
          if (!selected) return;
          onAdd(selected);
          setSelected('');
        }}
      >
        {t('roles.addRole')}
      </Button>
    </div>
  );
}
