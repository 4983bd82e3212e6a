import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { PEGAWAI_SEARCH_MIN_LENGTH, usePegawaiSearch } from '../../../api/pegawai';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { pegawaiListQuery } from '../../../../shared/schemas/organisation';
import { maxLengthOf } from '../../../lib/schema-limits';

export type ChosenRater =
  | { key: string; relation: 'REKAN' | 'BAWAHAN'; pegawaiId: string; name: string }
  | { key: string; relation: 'PENGGUNA_LAYANAN'; label: string; name: string };

interface RaterPickerProps {
  /** The subject, the penilai and those already chosen are not offered again. */
  excludeIds: string[];
  onAdd: (rater: ChosenRater) => void;
}

let serviceUserSeq = 0;

/** Colleagues by name search (as a peer or a subordinate), service users by a label only. */
export function RaterPicker({ excludeIds, onAdd }: RaterPickerProps) {
  const { t } = useTranslation();
  const [relation, setRelation] = useState<'REKAN' | 'BAWAHAN'>('REKAN');
  const [term, setTerm] = useState('');
  const [serviceUser, setServiceUser] = useState('');
  const search = usePegawaiSearch(useDebouncedValue(term, 300), 10);
  const searching = term.trim().length >= PEGAWAI_SEARCH_MIN_LENGTH;
  const candidates = (search.data?.items ?? []).filter((person) => !excludeIds.includes(person.id));
  const relationLabel = t(`feedback360.relation.${relation}`);

  function addServiceUser() {
    const label = serviceUser.trim();
    if (!label) return;
    serviceUserSeq += 1;
    onAdd({ key: `svc-${serviceUserSeq}`, relation: 'PENGGUNA_LAYANAN', label, name: label });
    setServiceUser('');
  }

  return (
    <div className="stack">
      <fieldset className="fb360-picker boxed-fieldset">
        <legend>{t('feedback360.request.colleagues')}</legend>
        <div className="stack">
          <SelectField
            label={t('feedback360.request.relation')}
            value={relation}
            onChange={(event) => setRelation(event.target.value as 'REKAN' | 'BAWAHAN')}
            options={(['REKAN', 'BAWAHAN'] as const).map((value) => ({ value, label: t(`feedback360.relation.${value}`) }))}
          />
          <TextField
            type="search"
            label={t('feedback360.request.search')}
            hint={t('feedback360.request.searchHint', { min: PEGAWAI_SEARCH_MIN_LENGTH })}
            value={term}
            onChange={(event) => setTerm(event.target.value)}
            autoComplete="off"
            maxLength={maxLengthOf(pegawaiListQuery.shape.q)}
          />
          <p className="muted" role="status">
            {!searching ? '' : search.isFetching ? t('feedback360.request.searching') : candidates.length === 0 ? t('feedback360.request.noMatch') : ''}
          </p>
          {searching && candidates.length > 0 ? (
            <ul className="fb360-candidates">
              {candidates.map((person) => (
                <li key={person.id} className="fb360-candidates__item">
                  <span>
                    <span className="fb360-candidates__name">{person.name}</span>
                    <span className="fb360-candidates__sub muted">{person.jabatan?.name ?? ''}</span>
                  </span>
                  <Button
                    variant="secondary"
                    size="sm"
                    aria-label={t('feedback360.request.addNamed', { name: person.name, relation: relationLabel })}
                    onClick={() => onAdd({ key: `p-${person.id}`, relation, pegawaiId: person.id, name: person.name })}
                  >
                    {t('feedback360.request.add')}
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </fieldset>
      <fieldset className="fb360-picker boxed-fieldset">
        <legend>{t('feedback360.request.serviceUsers')}</legend>
        <p className="muted">{t('feedback360.request.serviceUsersHint')}</p>
        <div className="fb360-picker__row">
          <TextField
            label={t('feedback360.request.serviceUserLabel')}
            value={serviceUser}
            onChange={(event) => setServiceUser(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addServiceUser();
              }
            }}
            maxLength={200}
          />
          <Button variant="secondary" size="sm" onClick={addServiceUser} disabled={!serviceUser.trim()}>
            {t('feedback360.request.addServiceUser')}
          </Button>
        </div>
      </fieldset>
    </div>
  );
}
