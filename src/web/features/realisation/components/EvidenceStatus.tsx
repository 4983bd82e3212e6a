import { useTranslation } from 'react-i18next';
import type { EvidenceView } from '../../../../shared/schemas/execution';

const tone: Record<EvidenceView['status'], string> = { PENDING: 'warning', ACCEPTED: 'success', REJECTED: 'danger' };

/** Menunggu / Diterima / Ditolak. */
export function EvidenceStatus({ status }: { status: EvidenceView['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${tone[status]}`}>{t(`realisation.evidence.status.${status}`)}</span>;
}
