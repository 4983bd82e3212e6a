import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../../shared/roles';
import type { AccountSummary } from '../../../../shared/schemas/accounts';
import { Button } from '../../../components/Button';
import { useRoleLabel } from '../../../i18n/use-language';
import { useOpdOptions } from '../../../api/units';
import '../../../components/field.css';

interface AddRoleControlProps {
  account: AccountSummary;
  busy: boolean;
  onAdd: (role: Role, opdId?: string) => void;
}

export function AddRoleControl({ account, busy, onAdd }: AddRoleControlProps) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const roleId = useId();
  const opdId = useId();
  const [selected, setSelected] = useState<Role | ''>('');
  const [opd, setOpd] = useState('');
  const needsOpd = selected === 'ADMIN_OPD';
  const opdOptions = useOpdOptions({ enabled: needsOpd, order: 'name' });
  // Officials without a pegawai record work in no OPD, so one must be named for them.
  const opdMissing = needsOpd && !opd && account.pegawaiId === null;
  const available = roles.filter((role) => !account.roles.includes(role));
  if (available.length === 0) return null;

  return (
    <div className="add-role">
      <label htmlFor={roleId} className="visually-hidden">
        {t('roles.addRoleFor', { name: account.name })}
      </label>
      <select
        id={roleId}
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
      {needsOpd ? (
        <>
          <label htmlFor={opdId} className="visually-hidden">
            {t('roles.opdFor', { name: account.name })}
          </label>
          <select
            id={opdId}
            className="field__control add-role__select"
            value={opd}
            onChange={(event) => setOpd(event.target.value)}
            disabled={opdOptions.isPending}
          >
            <option value="">
              {opdOptions.isPending
                ? t('roles.opdLoading')
                : account.pegawaiId === null
                  ? t('roles.chooseOpd')
                  : t('roles.opdOwn', { name: account.name })}
            </option>
            {(opdOptions.data ?? []).map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <Button
        variant="secondary"
        size="sm"
        disabled={!selected || opdMissing}
        busy={busy}
        onClick={() => {
          if (!selected) return;
          onAdd(selected, needsOpd && opd ? opd : undefined);
          setSelected('');
          setOpd('');
        }}
      >
        {t('roles.addRole')}
      </Button>
    </div>
  );
}
