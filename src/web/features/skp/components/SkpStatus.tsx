import { useTranslation } from 'react-i18next';
import type { SkpView } from '../../../../shared/schemas/planning';

type Status = SkpView['status'];

const tone: Record<Status, string> = { DRAFT: 'neutral', DIAJUKAN: 'warning', DIKEMBALIKAN: 'danger', DISETUJUI: 'success' };

export function SkpStatusBadge({ status }: { status: Status | null }) {
  const { t } = useTranslation();
  if (status === null) return <span className="badge badge--neutral">{t('skp.status.NONE')}</span>;
  return <span className={`badge badge--${tone[status]}`}>{t(`skp.status.${status}`)}</span>;
}

const steps = ['DRAFT', 'DIAJUKAN', 'DISETUJUI'] as const;

/** Draf → Diajukan → Disetujui; a returned SKP is back at the first step. */
export function SkpStepper({ status }: { status: Status }) {
  const { t } = useTranslation();
  const current = status === 'DIKEMBALIKAN' ? 0 : steps.indexOf(status);
  return (
    <ol className="skp-stepper" aria-label={t('skp.stepper')}>
      {steps.map((step, index) => (
        <li key={step} className={`skp-stepper__step${index < current ? ' is-done' : ''}${index === current ? ' is-current' : ''}`} aria-current={index === current ? 'step' : undefined}>
          <span className="skp-stepper__dot" aria-hidden="true">
            {index + 1}
          </span>
          {t(`skp.step.${step}`)}
        </li>
      ))}
    </ol>
  );
}
