import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { QueryState } from '../../../components/QueryState';
import { useDateFormat } from '../../../hooks/use-date-format';
import { useRevision } from '../api/get-revision';
import { LampiranSection } from './LampiranSection';
import { PerilakuSection } from './PerilakuSection';
import { RhkTable } from './RhkTable';
import { SkpPeople } from './SkpPeople';
import './skp.css';

/** An approved revision exactly as it was approved; never editable. */
export function RevisionView({ skpId, revision }: { skpId: string; revision: number }) {
  const { t } = useTranslation();
  const { date: formatDate } = useDateFormat();
  const query = useRevision(skpId, revision);
  if (!query.isSuccess) return <QueryState query={query} />;
  const { content } = query.data;
  return (
    <div className="skp-document stack">
      <Alert tone="info" live={false}>
        {t('skp.revisions.readOnly', { n: revision, date: formatDate(query.data.approvedAt) })}
      </Alert>
      <SkpPeople content={content} />
      {(['UTAMA', 'TAMBAHAN'] as const).map((jenis) => (
        <RhkTable key={jenis} jenis={jenis} rhk={content.rhk.filter((rhk) => rhk.jenis === jenis)} />
      ))}
      <PerilakuSection perilaku={content.perilaku} editable={false} />
      <LampiranSection lampiran={content.lampiran} editable={false} />
    </div>
  );
}
