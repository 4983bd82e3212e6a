import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/Field';
import { useTeam } from '../../../api/pegawai';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { pegawaiListQuery } from '../../../../shared/schemas/organisation';
import { maxLengthOf } from '../../../lib/schema-limits';

interface TeamSelectProps {
  label: string;
  value: string;
  onChange: (pegawaiId: string) => void;
  /** Choices above the people, e.g. "every dialogue" or "choose someone". */
  leadingOptions: { value: string; label: string }[];
  /** The caller themself: GET /api/pegawai lists them with their team. */
  excludeId?: string | null | undefined;
  error?: string | undefined;
  'data-field'?: string;
}

/**
 * A plain select of the caller's team. A team bigger than one page (a wide-scope role) gets a
 * search box above it, so the list stays short enough to choose from.
 */
export function TeamSelect({ label, value, onChange, leadingOptions, excludeId, error, ...rest }: TeamSelectProps) {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const team = useTeam(useDebouncedValue(term, 300));
  const people = (team.data?.items ?? []).filter((person) => person.id !== excludeId);
  const searchable = Boolean(team.data?.nextCursor) || term !== '';
  const options = [
    ...leadingOptions,
    ...people.map((person) => ({ value: person.id, label: person.jabatan ? `${person.name} — ${person.jabatan.name}` : person.name })),
  ];
  return (
    <div className="stack">
      {searchable ? (
        <TextField type="search" label={t('dialogue.team.search')} value={term} onChange={(event) => setTerm(event.target.value)} autoComplete="off" maxLength={maxLengthOf(pegawaiListQuery.shape.q)} />
      ) : null}
      <SelectField
        label={label}
        value={value}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
        options={options}
        error={error}
        aria-busy={team.isFetching || undefined}
        data-field={rest['data-field']}
      />
      {team.isError ? <p className="field__error">{t('dialogue.team.loadFailed')}</p> : null}
    </div>
  );
}
