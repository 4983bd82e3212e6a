import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { predikat as predikatOf } from '../../../../domain/predikat';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextAreaField } from '../../../components/TextAreaField';
import { useDecideKeberatan } from '../api/decide-keberatan';
import type { EvaluationView, Rating } from '../api/types';
import { PredikatBadge } from './PredikatBadge';
import { RatingRadios } from './RatingRadios';
import { keberatanDecisionInput } from '../../../../shared/schemas/evaluation';
import { maxLengthOf } from '../../../lib/schema-limits';

/** The atasan penilai's final decision: uphold the ratings, or change them — always with reasons. */
export function KeberatanDecisionForm({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const decide = useDecideKeberatan();
  const [decision, setDecision] = useState<'UPHELD' | 'CHANGED'>('UPHELD');
  const [hasilKerja, setHasilKerja] = useState<Rating | null>(view.ratings.ratingHasilKerja);
  const [perilaku, setPerilaku] = useState<Rating | null>(view.ratings.ratingPerilaku);
  const [reason, setReason] = useState('');
  const preview = hasilKerja && perilaku ? predikatOf(hasilKerja, perilaku) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!view.id) return;
    const changes = decision === 'CHANGED'
      ? {
          ...(hasilKerja && hasilKerja !== view.ratings.ratingHasilKerja ? { ratingHasilKerja: hasilKerja } : {}),
          ...(perilaku && perilaku !== view.ratings.ratingPerilaku ? { ratingPerilaku: perilaku } : {}),
        }
      : {};
    decide.mutate({ evaluationId: view.id, body: { decision, ...changes, reason } });
  }

  return (
    <form className="stack eval-decision" onSubmit={submit} aria-labelledby="decision-title">
      <h3 id="decision-title">{t('evaluation.keberatan.decideTitle')}</h3>
      <fieldset className="rating-radios">
        <legend className="rating-radios__legend">{t('evaluation.keberatan.decisionLabel')}</legend>
        <div className="rating-radios__options cluster">
          {(['UPHELD', 'CHANGED'] as const).map((d) => (
            <label key={d} className="rating-radios__option">
              <input type="radio" name="keberatan-decision" value={d} checked={decision === d} onChange={() => setDecision(d)} />
              {t(`evaluation.keberatan.decision.${d}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {decision === 'CHANGED' ? (
        <>
          {view.unitHead ? null : <RatingRadios legend={t('evaluation.rate.hasilKerja')} name="decision-hasil" value={hasilKerja} onChange={setHasilKerja} />}
          <RatingRadios legend={t('evaluation.rate.perilaku')} name="decision-perilaku" value={perilaku} onChange={setPerilaku} />
          <p aria-live="polite">{t('evaluation.rate.preview')} <PredikatBadge value={preview} /></p>
        </>
      ) : null}
      <TextAreaField label={t('evaluation.keberatan.decisionReason')} value={reason} onChange={(e) => setReason(e.target.value)} required rows={3} maxLength={maxLengthOf(keberatanDecisionInput.shape.reason)} />
      {decide.isError ? <ErrorMessage error={decide.error} /> : null}
      <div><Button type="submit" busy={decide.isPending} busyLabel={t('common.saving')}>{t('evaluation.keberatan.decide')}</Button></div>
    </form>
  );
}
