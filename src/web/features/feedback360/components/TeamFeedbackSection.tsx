import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField, TextField } from '../../../components/Field';
import { useTeam } from '../../../api/pegawai';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { PeriodSelect } from './PeriodSelect';
import { SubjectFeedback } from './SubjectFeedback';
import { pegawaiListQuery } from '../../../../shared/schemas/organisation';
import { maxLengthOf } from '../../../lib/schema-limits';

/** For a penilai: choose a team member and a period, then ask for and read their 360. */
export function TeamFeedbackSection({ myPegawaiId }: { myPegawaiId: string | null }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const pegawaiId = params.get('pegawaiId') ?? '';
  const periodId = params.get('periodId') ?? '';
  const [term, setTerm] = useState('');
  const team = useTeam(useDebouncedValue(term, 300));
  const people = (team.data?.items ?? []).filter((person) => person.id !== myPegawaiId);
  // A wide scope (BKPSDM, pimpinan) lists more than fits one select: offer a search then.
  const searchable = Boolean(team.data?.nextCursor) || term !== '';

  function set(key: 'pegawaiId' | 'periodId', value: string) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  }

  return (
    <section className="card stack" aria-labelledby="fb360-team">
      <h2 id="fb360-team">{t('feedback360.team.title')}</h2>
      <p className="muted">{t('feedback360.team.intro')}</p>
      {searchable ? (
        <TextField type="search" label={t('feedback360.team.search')} value={term} onChange={(event) => setTerm(event.target.value)} autoComplete="off" maxLength={maxLengthOf(pegawaiListQuery.shape.q)} />
      ) : null}
      <div className="fb360-filters">
        <SelectField
          label={t('feedback360.team.member')}
          value={pegawaiId}
          onChange={(event) => set('pegawaiId', event.target.value)}
          options={[{ value: '', label: t('feedback360.team.choose') }, ...people.map((p) => ({ value: p.id, label: p.jabatan ? `${p.name} — ${p.jabatan.name}` : p.name }))]}
        />
        <PeriodSelect value={periodId} onChange={(value) => set('periodId', value)} />
      </div>
      {pegawaiId && periodId ? <SubjectFeedback pegawaiId={pegawaiId} periodId={periodId} myPegawaiId={myPegawaiId} /> : null}
    </section>
  );
}
