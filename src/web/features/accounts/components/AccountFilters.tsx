import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../../shared/roles';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { useRoleLabel } from '../../../i18n/use-language';
import { accountListQuery } from '../../../../shared/schemas/accounts';
import { maxLengthOf } from '../../../lib/schema-limits';
import './account-filters.css';

export interface AccountFilterValues {
  q: string;
  role: Role | '';
}

interface AccountFiltersProps {
  value: AccountFilterValues;
  onChange: (next: AccountFilterValues) => void;
}

export function AccountFilters({ value, onChange }: AccountFiltersProps) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const [q, setQ] = useState(value.q);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange({ q: q.trim(), role: value.role });
  }

  return (
    <form className="account-filters" role="search" onSubmit={handleSubmit}>
      <TextField
        type="search"
        name="q"
        label={t('roles.search')}
        value={q}
        onChange={(event) => setQ(event.target.value)}
        autoComplete="off"
        maxLength={maxLengthOf(accountListQuery.shape.q)}
      />
      <SelectField
        name="role"
        label={t('roles.roleFilter')}
        value={value.role}
        onChange={(event) => onChange({ q: q.trim(), role: event.target.value as Role | '' })}
        options={[{ value: '', label: t('roles.allRoles') }, ...roles.map((role) => ({ value: role, label: roleLabel(role) }))]}
      />
      <Button type="submit">{t('common.search')}</Button>
    </form>
  );
}
