import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RhkView } from '../../../../shared/schemas/planning';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { QueryState } from '../../../components/QueryState';
import { links } from '../../../config/paths';
import { useDateFormat } from '../../../hooks/use-date-format';
import { useDeleteRhk } from '../api/delete-rhk';
import { useSkp } from '../api/get-skp';
import { LampiranSection } from './LampiranSection';
import { PerilakuSection } from './PerilakuSection';
import { RhkFormDialog } from './RhkFormDialog';
import { RhkTable } from './RhkTable';
import { SkpActions } from './SkpActions';
import { SkpPeople } from './SkpPeople';
import { SkpStatusBadge, SkpStepper } from './SkpStatus';
import './skp.css';

/** One SKP as its owner or their atasan sees it; every button comes from the server's `can`. */
export function SkpDocument({ skpId }: { skpId: string }) {
  const { t } = useTranslation();
  const { date: formatDate } = useDateFormat();
  const skp = useSkp(skpId);
  const [editing, setEditing] = useState<RhkView | 'new' | null>(null);
  const [deleting, setDeleting] = useState<RhkView | null>(null);
  const remove = useDeleteRhk();

  if (!skp.isSuccess) return <QueryState query={skp} />;
  const data = skp.data;
  const edit = data.can.edit;
  const byJenis = (jenis: 'UTAMA' | 'TAMBAHAN') => data.rhk.filter((rhk) => rhk.jenis === jenis);
  return (
    <div className="skp-document stack">
      <section className="skp-status card" aria-label={t('skp.statusTitle')}>
        <p className="skp-status__line">
          {t('skp.yearRevision', { year: data.year, revision: data.revision })} <SkpStatusBadge status={data.status} />
        </p>
        <SkpStepper status={data.status} />
        {/* An approved SKP (or one under revision, whose approved revision still holds) is realised per period. */}
        {data.status === 'DISETUJUI' || data.revisions.length > 0 ? (
          <p style={{ margin: 'var(--space-3) 0 0' }}>
            <Link to={links.realisationOfSkp(data.id)} className="button button--secondary button--md">
              {t('realisation.entry.open')}
            </Link>
          </p>
        ) : null}
      </section>
      {data.status !== 'DISETUJUI' && data.revisions.length > 0 ? (
        <Alert tone="info" title={t('skp.revisions.inForceTitle', { n: data.revisions.at(-1)!.revision })} live={false}>
          {t('skp.revisions.inForce')}
        </Alert>
      ) : null}
      {data.status === 'DIKEMBALIKAN' && data.returnNote ? (
        <Alert tone="warning" title={t('skp.returnedTitle')} live={false}>
          <p className="skp-return-note">{data.returnNote}</p>
        </Alert>
      ) : null}
      <SkpPeople content={data} />
      {(['UTAMA', 'TAMBAHAN'] as const).map((jenis) => (
        <RhkTable key={jenis} jenis={jenis} rhk={byJenis(jenis)} onEdit={edit ? (rhk) => setEditing(rhk) : undefined} onDelete={edit ? (rhk) => setDeleting(rhk) : undefined} />
      ))}
      {edit ? (
        <Button onClick={() => setEditing('new')} className="skp-add">
          {t('skp.rhk.add')}
        </Button>
      ) : null}
      <PerilakuSection key={`p-${data.revision}-${data.status}`} skpId={data.id} perilaku={data.perilaku} editable={data.can.editPerilaku} />
      <LampiranSection key={`l-${data.revision}-${data.status}`} skpId={data.id} lampiran={data.lampiran} editable={edit} />
      <SkpActions skp={data} />
      {data.revisions.length > 0 ? (
        <section className="skp-section" aria-labelledby="skp-revisions">
          <h2 id="skp-revisions">{t('skp.revisions.title')}</h2>
          <ul className="skp-revisions">
            {data.revisions.map((revision) => (
              <li key={revision.revision}>
                <Link to={links.skpRevision(data.id, revision.revision)}>{t('skp.revisions.item', { n: revision.revision })}</Link>{' '}
                <span className="muted">{t('skp.revisions.approvedAt', { date: formatDate(revision.approvedAt) })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {editing ? <RhkFormDialog skp={data} rhk={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
      {deleting ? (
        <ConfirmDialog
          title={t('skp.rhk.deleteTitle')}
          confirmLabel={t('skp.rhk.delete')}
          busy={remove.isPending}
          error={remove.error}
          onCancel={() => setDeleting(null)}
          onConfirm={() => remove.mutate({ skpId: data.id, rhkId: deleting.id }, { onSuccess: () => setDeleting(null) })}
        >
          <p>{t('skp.rhk.deleteConfirm', { text: deleting.text })}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
