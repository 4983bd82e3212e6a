import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { QueryState } from '../../../components/QueryState';
import { usePohon } from '../api/get-pohon';
import { OpdYearPicker } from './OpdYearPicker';
import { PohonTree } from './PohonTree';
import './skp.css';

export function PohonPanel() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<{ opdId: string; year: number | undefined }>({ opdId: '', year: undefined });
  const onChange = useCallback((next: { opdId: string; year: number | undefined }) => setFilter(next), []);
  const pohon = usePohon(filter.opdId, filter.year);
  return (
    <div className="stack">
      <OpdYearPicker opdId={filter.opdId} year={filter.year} onChange={onChange} />
      {!filter.opdId ? <p className="muted">{t('skp.pohon.chooseOpd')}</p> : null}
      {filter.opdId ? (
        <QueryState query={pohon}>
          {(data) => (
            <>
              <p className="skp-counts" role="status">
                {t('skp.pohon.counts', data.counts)}
              </p>
              <section className="card" aria-labelledby="pohon-title">
                <h2 id="pohon-title">{t('skp.pohon.treeTitle', { opd: data.opd.name, year: data.year })}</h2>
                {data.roots.length === 0 ? <EmptyState title={t('skp.pohon.empty')} /> : <PohonTree nodes={data.roots} label={t('skp.pohon.treeTitle', { opd: data.opd.name, year: data.year })} />}
              </section>
              <section className="card" aria-labelledby="pohon-unlinked">
                <h2 id="pohon-unlinked">{t('skp.pohon.unlinkedTitle')}</h2>
                {data.unlinked.length === 0 ? <p className="muted">{t('skp.pohon.noUnlinked')}</p> : <PohonTree nodes={data.unlinked} label={t('skp.pohon.unlinkedTitle')} />}
              </section>
            </>
          )}
        </QueryState>
      ) : null}
    </div>
  );
}
