import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { JENIS_JABATAN } from '../../../../domain/jabatan';
import { pegawaiListQuery, type JenisJabatanValue } from '../../../../shared/schemas/organisation';
import { Button } from '../../../components/Button';
import { Chip } from '../../../components/Chip';
import { SelectField, TextField } from '../../../components/Field';
import type { PegawaiFilters as Filters } from '../api/get-pegawai-list';
import { CheckboxField } from './CheckboxField';
import { maxLengthOf } from '../../../lib/schema-limits';

export const emptyFilters: Filters = { q: '', opdId: '', unitId: '', jenisJabatan: '', chain: '' };

interface PegawaiFiltersProps {
  value: Filters;
  onChange: (next: Filters) => void;
  /** The OPD choices for city-wide roles; empty hides the field. */
  opdOptions: { id: string; name: string }[];
  unitName: string | null;
  /** The "rantai tidak lengkap" page fixes that filter, so it is not offered. */
  showChainFilter: boolean;
}

export function PegawaiFilters({ value, onChange, opdOptions, unitName, showChainFilter }: PegawaiFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(value.q);
  const apply = (next: Partial<Filters>) => onChange({ ...value, q: q.trim(), ...next });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply({});
  }

  const filtered = value.q || value.opdId || value.unitId || value.jenisJabatan || (showChainFilter && value.chain);
  return (
    <form className="pegawai-filters" role="search" aria-label={t('pegawai.filtersLabel')} onSubmit={handleSubmit}>
      <div className="pegawai-filters__fields">
        <TextField
          type="search"
          name="q"
          label={t('pegawai.search')}
          value={q}
          onChange={(event) => setQ(event.target.value)}
          autoComplete="off"
          maxLength={maxLengthOf(pegawaiListQuery.shape.q)}
        />
        {opdOptions.length > 1 ? (
          <SelectField
            name="opdId"
            label={t('pegawai.opd')}
            value={value.opdId}
            onChange={(event) => apply({ opdId: event.target.value, unitId: '' })}
            options={[{ value: '', label: t('pegawai.allOpd') }, ...opdOptions.map((opd) => ({ value: opd.id, label: opd.name }))]}
          />
        ) : null}
        <SelectField
          name="jenisJabatan"
          label={t('pegawai.jenisJabatan')}
          value={value.jenisJabatan}
          onChange={(event) => apply({ jenisJabatan: event.target.value as JenisJabatanValue | '' })}
          options={[
            { value: '', label: t('pegawai.allJenis') },
            ...JENIS_JABATAN.map((jenis) => ({ value: jenis, label: t(`jenisJabatan.${jenis}`) })),
          ]}
        />
      </div>
      <div className="pegawai-filters__actions">
        {showChainFilter ? (
          <CheckboxField
            name="chain"
            label={t('pegawai.onlyIncomplete')}
            checked={value.chain === 'incomplete'}
            onChange={(event) => apply({ chain: event.target.checked ? 'incomplete' : '' })}
          />
        ) : null}
        <Button type="submit">{t('common.search')}</Button>
        {filtered ? (
          <Button
            variant="ghost"
            onClick={() => {
              setQ('');
              onChange({ ...emptyFilters, chain: showChainFilter ? '' : value.chain });
            }}
          >
            {t('common.clearFilters')}
          </Button>
        ) : null}
      </div>
      {value.unitId ? (
        <ul className="chip-list pegawai-filters__chips" aria-label={t('pegawai.activeFilters')}>
          <li>
            <Chip
              label={t('pegawai.unitFilter', { name: unitName ?? value.unitId })}
              removeLabel={t('pegawai.removeUnitFilter')}
              onRemove={() => apply({ unitId: '' })}
            />
          </li>
        </ul>
      ) : null}
    </form>
  );
}
