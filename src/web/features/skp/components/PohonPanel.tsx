import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
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
      {filter.opdId && pohon.isPending ? <Loading /> : null}
      {pohon.isError ? <ErrorMessage error={pohon.error} onRetry={() => void pohon.refetch()} /> : null}
      {pohon.data ? (
        <>
          <p className="skp-counts" role="status">
            {t('skp.pohon.counts', pohon.data.counts)}
          </p>
          <section className="card" aria-labelledby="pohon-title">
            <h2 id="pohon-title">{t('skp.pohon.treeTitle', { opd: pohon.data.opd.name, year: pohon.data.year })}</h2>
            {pohon.data.roots.length === 0 ? <EmptyState title={t('skp.pohon.empty')} /> : <PohonTree nodes={pohon.data.roots} label={t('skp.pohon.treeTitle', { opd: pohon.data.opd.name, year: pohon.data.year })} />}
          </section>
          <section className="card" aria-labelledby="pohon-unlinked">
            <h2 id="pohon-unlinked">{t('skp.pohon.unlinkedTitle')}</h2>
            {pohon.data.unlinked.length === 0 ? <p className="muted">{t('skp.pohon.noUnlinked')}</p> : <PohonTree nodes={pohon.data.unlinked} label={t('skp.pohon.unlinkedTitle')} />}
          </section>
        </>
      ) : null}
    </div>
  );
}
