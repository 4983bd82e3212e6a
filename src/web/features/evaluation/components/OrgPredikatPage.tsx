import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { SelectField } from '../../../components/Field';
import { QueryState } from '../../../components/QueryState';
import { usePeriods } from '../../../api/years';
import { useOrgPredikat } from '../api/get-org-predikat';
import { OrgPredikatRow } from './OrgPredikatRow';
import './evaluation.css';

/** Predikat organisasi: the leader above each unit sets it per period (or for the year), with a reason. */
export function OrgPredikatPage() {
  const { t } = useTranslation();
  const periods = usePeriods();
  const years = [...new Set((periods.data ?? []).map((p) => p.year))];
  const [year, setYear] = useState(0);
  const [periodId, setPeriodId] = useState('');
  const [parentId, setParentId] = useState('');
  const chosenYear = year || years[0] || new Date().getFullYear();
  const list = useOrgPredikat(chosenYear, periodId, parentId);
  return (
    <QueryState query={periods} retry={false}>
      {(allPeriods) => (
        <div className="evaluation stack">
          <div className="eval-toolbar">
            <SelectField label={t('evaluation.mine.year')} value={String(chosenYear)} onChange={(e) => { setYear(Number(e.target.value)); setPeriodId(''); }} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
            <SelectField label={t('evaluation.period')} value={periodId} onChange={(e) => setPeriodId(e.target.value)} options={[{ value: '', label: t('evaluation.orgPage.annual') }, ...allPeriods.filter((p) => p.year === chosenYear).map((p) => ({ value: p.id, label: p.name }))]} />
          </div>
          {parentId ? <div><Button size="sm" variant="ghost" onClick={() => setParentId('')}>{t('evaluation.orgPage.top')}</Button></div> : null}
          <QueryState query={list} empty={{ isEmpty: (data) => data.items.length === 0, title: t('evaluation.orgPage.empty') }}>
            {(data) => (
              <ul className="eval-list" aria-label={t('evaluation.orgPage.listLabel')}>
                {data.items.map((item) => (
                  <OrgPredikatRow key={`${item.unit.id}-${chosenYear}-${periodId}`} item={item} year={chosenYear} periodId={periodId} onOpen={setParentId} />
                ))}
              </ul>
            )}
          </QueryState>
        </div>
      )}
    </QueryState>
  );
}
