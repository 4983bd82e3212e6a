import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { useCascadeRhk } from '../api/cascade-rhk';
import { useMatrix } from '../api/get-matrix';
import { currentYear, useYears } from '../../../api/years';
import { SkpStatusBadge } from './SkpStatus';
import { TextAreaField } from '../../../components/TextAreaField';
import { cascadeRequest } from '../../../../shared/schemas/planning';
import { maxLengthOf } from '../../../lib/schema-limits';
import './skp.css';

/** Matriks peran hasil: pick one of my approved RHK, tick the people it goes down to, cascade at once. */
export function CascadeMatrix() {
  const { t } = useTranslation();
  const years = useYears();
  const year = years.data ? currentYear(years.data.items) : undefined;
  const matrix = useMatrix(year);
  const cascade = useCascadeRhk();
  const [rhkId, setRhkId] = useState('');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [text, setText] = useState('');

  if (years.isError) return <ErrorMessage error={years.error} />;
  if (matrix.isError) return <ErrorMessage error={matrix.error} onRetry={() => void matrix.refetch()} />;
  if (!matrix.data) return <Loading />;
  const { rhk, subordinates } = matrix.data;
  if (rhk.length === 0) return <EmptyState title={t('skp.matrix.noRhk')} hint={t('skp.matrix.noRhkHint')} />;
  const allPicked = subordinates.length > 0 && picked.size === subordinates.length;
  const toggle = (id: string) => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked(next);
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!rhkId || picked.size === 0) return;
    cascade.mutate({ sourceRhkId: rhkId, pegawaiIds: [...picked], text: text.trim() || undefined }, { onSuccess: () => setPicked(new Set()) });
  }

  return (
    <form className="skp-matrix" onSubmit={handleSubmit}>
      <fieldset className="card skp-matrix__rhk">
        <legend>{t('skp.matrix.stepRhk')}</legend>
        {rhk.map((item) => {
          const linked = subordinates.filter((s) => s.linkedRhkIds.includes(item.id)).length;
          return (
            <label key={item.id} className="skp-choice">
              <input type="radio" name="rhk" value={item.id} checked={rhkId === item.id} onChange={() => setRhkId(item.id)} />
              <span>
                {item.text}
                <br />
                <span className="muted">{t('skp.matrix.linkedCount', { count: linked, total: subordinates.length })}</span>
              </span>
            </label>
          );
        })}
      </fieldset>
      <fieldset className="card skp-matrix__people" disabled={!rhkId}>
        <legend>{t('skp.matrix.stepPeople')}</legend>
        {!rhkId ? <p className="muted">{t('skp.matrix.chooseRhkFirst')}</p> : null}
        {subordinates.length === 0 ? <p className="muted">{t('skp.matrix.noSubordinates')}</p> : null}
        {subordinates.length > 0 ? (
          <label className="skp-choice skp-choice--all">
            <input type="checkbox" checked={allPicked} onChange={() => setPicked(allPicked ? new Set() : new Set(subordinates.map((s) => s.pegawaiId)))} />
            <span>{t('skp.matrix.selectAll', { count: subordinates.length })}</span>
          </label>
        ) : null}
        <ul className="skp-people-list plain-list">
          {subordinates.map((person) => (
            <li key={person.pegawaiId}>
              <label className="skp-choice">
                <input type="checkbox" checked={picked.has(person.pegawaiId)} onChange={() => toggle(person.pegawaiId)} />
                <span>
                  <span className="skp-choice__name">{person.name}</span>
                  <br />
                  <span className="muted">{person.jabatan ?? '—'}</span> <SkpStatusBadge status={person.skpStatus} />
                  {rhkId && person.linkedRhkIds.includes(rhkId) ? <span className="badge badge--success">{t('skp.matrix.alreadyLinked')}</span> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
        <TextAreaField label={t('skp.matrix.text')} hint={t('skp.matrix.textHint')} value={text} onChange={(event) => setText(event.target.value)} maxLength={maxLengthOf(cascadeRequest.shape.text)} rows={2} />
        <Button type="submit" disabled={picked.size === 0} busy={cascade.isPending} busyLabel={t('common.saving')}>
          {t('skp.matrix.submit', { count: picked.size })}
        </Button>
        {cascade.data ? <Alert tone="success" title={t('skp.matrix.doneTitle')}>{t('skp.matrix.result', { ...cascade.data })}</Alert> : null}
        {cascade.error ? <ErrorMessage error={cascade.error} /> : null}
      </fieldset>
    </form>
  );
}
