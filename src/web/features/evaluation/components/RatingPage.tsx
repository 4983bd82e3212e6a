import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { links, paths } from '../../../config/paths';
import { useEvaluation } from '../api/get-evaluation';
import type { EvaluationView } from '../api/types';
import { EvidencePanel } from './EvidencePanel';
import { HeadPredikatNotice } from './HeadPredikatNotice';
import { PredikatBadge } from './PredikatBadge';
import { RatingForm } from './RatingForm';
import { SelfAssessmentForm } from './SelfAssessmentForm';
import { SelfAssessmentSummary } from './SelfAssessmentSummary';
import { QueryState } from '../../../components/QueryState';
import './evaluation.css';

/** One page per pegawai and period: the evidence beside the form of whoever acts now. */
/** `viewerPegawaiId` tells the pegawai (penilaian diri) from the penilai (rating form). */
export function RatingPage({ skpId, periodId, viewerPegawaiId }: { skpId: string; periodId: string; viewerPegawaiId: string | null }) {
  const evaluation = useEvaluation(skpId, periodId);
  if (!evaluation.isSuccess) return <QueryState query={evaluation} />;
  // Keyed by the evaluation's state so the forms start again from what the server holds.
  return <RatingScreen key={evaluation.data.status} view={evaluation.data} isOwn={viewerPegawaiId === evaluation.data.pegawai.pegawaiId} />;
}

function RatingScreen({ view, isOwn }: { view: EvaluationView; isOwn: boolean }) {
  const { t } = useTranslation();
  const ownSelf = isOwn && !view.can.rate;
  return (
    <div className="evaluation stack">
      <div className="eval-head card">
        <p>
          <strong>{view.pegawai.name}</strong> · <span className="mono">{view.pegawai.nip}</span>
          {view.pegawai.jabatan ? ` · ${view.pegawai.jabatan}` : ''}
        </p>
        <p className="muted">
          {view.period ? view.period.name : t('evaluation.annual', { year: view.year })} · {t(`evaluation.status.${view.status}`)} · <PredikatBadge value={view.ratings.predikat} provisional={view.ratings.provisional} />
        </p>
        {view.curve?.orgPredikat ? (
          <p className="muted">{t('evaluation.rate.curve', { unit: view.curve.unitName ?? '', org: t(`evaluation.orgPredikat.${view.curve.orgPredikat}`) })}</p>
        ) : null}
        <p className="eval-head__links">
          {view.period ? <Link to={links.realisationPeriod(view.skpId, view.period.id)}>{t('evaluation.links.realisation')}</Link> : null}
          {view.id ? <Link to={links.evaluationResult(view.id)}>{t('evaluation.links.result')}</Link> : null}
          {view.can.rate || view.can.calibrate ? <Link to={paths.calibration}>{t('evaluation.links.calibration')}</Link> : null}
        </p>
      </div>
      <div className="eval-grid">
        <div className="eval-grid__evidence stack">
          <EvidencePanel view={view} />
          {ownSelf ? null : <SelfAssessmentSummary view={view} />}
        </div>
        <div className="eval-grid__form stack">
          {/* Its own form, not nested in the rating form: the predikat is set first, then the head is rated. */}
          {!ownSelf && view.unitHead && !view.unitHead.orgPredikat && !view.finalisedAt ? <HeadPredikatNotice view={view} /> : null}
          {ownSelf ? <SelfAssessmentForm view={view} /> : <RatingForm view={view} />}
        </div>
      </div>
    </div>
  );
}
