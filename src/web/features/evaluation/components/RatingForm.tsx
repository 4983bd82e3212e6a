import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { predikat as predikatOf } from '../../../../domain/predikat';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextAreaField } from '../../../components/TextAreaField';
import { useSaveRatings } from '../api/save-ratings';
import type { EvaluationView, Rating } from '../api/types';
import { useLabels } from '../hooks/use-labels';
import { PredikatBadge } from './PredikatBadge';
import { RatingRadios } from './RatingRadios';
import { ratingsInput } from '../../../../shared/schemas/evaluation';
import { maxLengthOf } from '../../../lib/schema-limits';

/** The penilai's form: a rating per RHK, the two overall ratings with their reasons, a live predikat. */
export function RatingForm({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const save = useSaveRatings();
  const headUnset = view.unitHead !== null && view.unitHead.orgPredikat === null;
  const locked = !view.can.rate || headUnset;
  const [rhk, setRhk] = useState<Record<string, Rating | null>>(() => Object.fromEntries(view.ratings.rhk.map((r) => [r.rhkId, r.rating])));
  const [hasilKerja, setHasilKerja] = useState<Rating | null>(view.ratings.ratingHasilKerja);
  const [perilaku, setPerilaku] = useState<Rating | null>(view.ratings.ratingPerilaku);
  const [justHasil, setJustHasil] = useState(view.ratings.justificationHasilKerja);
  const [justPerilaku, setJustPerilaku] = useState(view.ratings.justificationPerilaku);
  const [missing, setMissing] = useState(false);

  // A unit head's rating hasil kerja is the predikat of the unit they lead, not the penilai's choice.
  const headRating = view.unitHead ? view.unitHead.ratingHasilKerja : null;
  const effectiveHasil = view.unitHead ? headRating : hasilKerja;
  const preview = effectiveHasil && perilaku ? predikatOf(effectiveHasil, perilaku) : null;
  const selfRhk = new Map(view.selfAssessment.rhk.map((r) => [r.rhkId, r.rating]));

  function submit(event: FormEvent) {
    event.preventDefault();
    const rows = view.ratings.rhk.map((r) => ({ rhkId: r.rhkId, rating: rhk[r.rhkId] ?? null, note: '' }));
    if (rows.some((r) => r.rating === null) || !perilaku || (!view.unitHead && !hasilKerja)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    save.mutate({
      skpId: view.skpId,
      body: {
        periodId: view.period?.id ?? null,
        rhk: rows.map((r) => ({ ...r, rating: r.rating! })),
        ...(view.unitHead ? {} : { ratingHasilKerja: hasilKerja! }),
        ratingPerilaku: perilaku,
        justificationHasilKerja: justHasil,
        justificationPerilaku: justPerilaku,
      },
    });
  }

  return (
    <form className="card stack eval-form" onSubmit={submit} aria-labelledby="rating-form-title" noValidate>
      <h2 id="rating-form-title">{t('evaluation.rate.title')}</h2>
      {locked && view.finalisedAt ? <Alert tone="info" live={false}>{t('evaluation.rate.locked', { date: labels.date(view.finalisedAt) })}</Alert> : null}
      {view.waitingFor.length > 0 && !view.finalisedAt ? (
        <Alert tone="info" title={t('evaluation.rate.waiting')} live={false}>
          <ul>{view.waitingFor.map((w) => <li key={w}>{w}</li>)}</ul>
        </Alert>
      ) : null}
      {view.ratings.realisationUnsubmitted.length > 0 ? <p className="muted">{t('evaluation.rate.unsubmitted', { periods: view.ratings.realisationUnsubmitted.join(', ') })}</p> : null}
      {view.ratings.rhk.map((r, index) => (
        <RatingRadios
          key={r.rhkId}
          legend={`${index + 1}. ${r.text}`}
          name={`rhk-${r.rhkId}`}
          value={rhk[r.rhkId] ?? null}
          onChange={(value) => setRhk((prev) => ({ ...prev, [r.rhkId]: value }))}
          disabled={locked}
          selfRating={selfRhk.get(r.rhkId) ?? null}
          selfLabel={t('evaluation.self.theirRating')}
        />
      ))}
      {view.unitHead ? (
        headUnset ? null : <p>{t('evaluation.rate.unitHead', { unit: view.unitHead.unitName, org: labels.orgPredikat(view.unitHead.orgPredikat), rating: labels.rating(headRating) })}</p>
      ) : (
        <RatingRadios legend={t('evaluation.rate.hasilKerja')} name="rating-hasil-kerja" value={hasilKerja} onChange={setHasilKerja} disabled={locked} />
      )}
      <TextAreaField label={t('evaluation.rate.justHasil')} value={justHasil} onChange={(e) => setJustHasil(e.target.value)} disabled={locked} rows={3} maxLength={maxLengthOf(ratingsInput.shape.justificationHasilKerja)} required />
      <RatingRadios legend={t('evaluation.rate.perilaku')} name="rating-perilaku" value={perilaku} onChange={setPerilaku} disabled={locked} />
      <TextAreaField label={t('evaluation.rate.justPerilaku')} value={justPerilaku} onChange={(e) => setJustPerilaku(e.target.value)} disabled={locked} rows={3} maxLength={maxLengthOf(ratingsInput.shape.justificationPerilaku)} required />
      <p className="eval-preview" aria-live="polite">
        {t('evaluation.rate.preview')} <PredikatBadge value={preview} />
      </p>
      {missing ? <Alert tone="error">{t('evaluation.rate.missing')}</Alert> : null}
      {save.isError ? <ErrorMessage error={save.error} /> : null}
      {save.isSuccess && !save.isPending ? <Alert tone="success">{t('evaluation.rate.saved')}</Alert> : null}
      {locked ? null : (
        <div>
          <Button type="submit" busy={save.isPending} busyLabel={t('common.saving')}>
            {t('evaluation.rate.save')}
          </Button>
        </div>
      )}
    </form>
  );
}
