import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import type { IkmResultView } from '../api/types';
import { useLabels } from '../hooks/use-labels';
import { IkmBurstDialog } from './IkmBurstDialog';

/**
 * Answers that came too fast to be separate visitors: listed on the unit's IKM page, left out of the
 * index and of the indicators it feeds until BKPSDM accepts them (issue #16).
 */
export function IkmBurstsSection({ result }: { result: IkmResultView }) {
  const { t } = useTranslation();
  const label = useLabels();
  const [open, setOpen] = useState<{ burstId: string; decision: 'ACCEPT' | 'REJECT' } | null>(null);
  if (result.bursts.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="ps-ikm-bursts">
      <h2 id="ps-ikm-bursts">{t('publicService.ikmBursts.title')}</h2>
      {result.held > 0 ? (
        <Alert tone="warning" title={t('publicService.ikmBursts.heldTitle')} live={false}>
          <p>{t('publicService.ikmBursts.held', { count: result.held })}</p>
        </Alert>
      ) : null}
      <ul className="ps-comments">
        {result.bursts.map((b) => (
          <li key={b.id} data-testid={`ikm-burst-${b.id}`}>
            <p>
              {label.dateTime(b.firstAt)} – {label.dateTime(b.lastAt)} · {b.reason} · {t('publicService.ikmBursts.responses', { count: b.responses })}
            </p>
            <p className="ps-sub">
              {t(`publicService.ikmBursts.status.${b.status}`)}
              {b.note ? ` · ${b.note}` : ''}
            </p>
            {b.status === 'PENDING' && result.can.decideBursts ? (
              <p className="ps-downloads cluster">
                <Button onClick={() => setOpen({ burstId: b.id, decision: 'ACCEPT' })}>{t('publicService.ikmBursts.accept')}</Button>
                <Button variant="secondary" onClick={() => setOpen({ burstId: b.id, decision: 'REJECT' })}>
                  {t('publicService.ikmBursts.reject')}
                </Button>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {open ? <IkmBurstDialog unitId={result.serviceUnitId} burstId={open.burstId} decision={open.decision} onClose={() => setOpen(null)} /> : null}
    </section>
  );
}
