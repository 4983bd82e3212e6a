import { useTranslation } from 'react-i18next';
import type { PersonRef, SkpContent } from '../../../../shared/schemas/planning';

function PersonBlock({ title, person, fallback }: { title: string; person: PersonRef | null; fallback?: string | null }) {
  const { t } = useTranslation();
  return (
    <section className="skp-person card" aria-label={title}>
      <h3 className="skp-person__title">{title}</h3>
      {person ? (
        <dl className="skp-facts">
          <dt>{t('skp.person.name')}</dt>
          <dd>{person.name}</dd>
          <dt>{t('skp.person.nip')}</dt>
          <dd className="mono">{person.nip}</dd>
          <dt>{t('skp.person.pangkat')}</dt>
          <dd>{person.pangkatGolongan ?? '—'}</dd>
          <dt>{t('skp.person.jabatan')}</dt>
          <dd>{person.jabatan ?? '—'}</dd>
          <dt>{t('skp.person.unit')}</dt>
          <dd>{person.unit ?? '—'}</dd>
        </dl>
      ) : (
        <p className="muted">{fallback ?? t('skp.person.none')}</p>
      )}
    </section>
  );
}

export function SkpPeople({ content }: { content: SkpContent }) {
  const { t } = useTranslation();
  return (
    <div className="skp-people">
      <PersonBlock title={t('skp.person.pegawai')} person={content.pegawai} />
      <PersonBlock title={t('skp.person.penilai')} person={content.penilai} fallback={content.penilaiOfficial} />
    </div>
  );
}
