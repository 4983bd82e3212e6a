import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { links } from '../../../config/paths';
import { usePublicUnit } from '../api/public-units';
import type { Receipt } from '../api/types';
import { ComplaintForm } from './ComplaintForm';
import { ComplaintReceiptView } from './ComplaintReceiptView';
import { UnitNotFound } from './UnitNotFound';
import './public-service.css';

/** /layanan/:slug/pengaduan — the form, then the receipt with the ticket code. */
export function PublicComplaintPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const unit = usePublicUnit(slug);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  if (unit.isPending) return <Loading />;
  if (unit.isError) return <UnitNotFound error={unit.error} onRetry={() => void unit.refetch()} />;
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t('publicService.complaint.title')}</h1>
      <p className="muted">{unit.data.name}</p>
      {receipt ? (
        <ComplaintReceiptView receipt={receipt} />
      ) : (
        <>
          <p>{t('publicService.complaint.intro')}</p>
          <div className="card">
            <ComplaintForm
              unit={unit.data}
              onFiled={(filed) => {
                setReceipt(filed);
                window.scrollTo(0, 0);
              }}
            />
          </div>
        </>
      )}
      <p>
        <Link to={links.publicUnit(slug)}>{t('publicService.backToUnit', { name: unit.data.name })}</Link>
      </p>
    </div>
  );
}
