import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextAreaField } from '../../../components/TextAreaField';
import { useSaveSelfAssessment } from '../api/save-self-assessment';
import type { EvaluationView, Rating } from '../api/types';
import { useLabels } from '../hooks/use-labels';
import { RatingRadios } from './RatingRadios';
import { selfAssessmentInput } from '../../../../shared/schemas/evaluation';
import { maxLengthOf } from '../../../lib/schema-limits';

interface Row {
  rating: Rating | null;
  reflection: string;
}

/** Penilaian diri: the pegawai's own rating and reflection per RHK and per perilaku, before the penilai rates. */
export function SelfAssessmentForm({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const save = useSaveSelfAssessment();
  const editable = view.can.selfAssess;
  const [rhk, setRhk] = useState<Record<string, Row>>(() => Object.fromEntries(view.ratings.rhk.map((r) => {
    const own = view.selfAssessment.rhk.find((s) => s.rhkId === r.rhkId);
    return [r.rhkId, { rating: own?.rating ?? null, reflection: own?.reflection ?? '' }];
  })));
  const [perilaku, setPerilaku] = useState<Record<string, Row>>(() => Object.fromEntries(view.selfAssessment.perilaku.map((p) => [p.code, { rating: p.rating, reflection: p.reflection }])));

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({
      skpId: view.skpId,
      body: {
        periodId: view.period?.id ?? null,
        rhk: Object.entries(rhk).map(([rhkId, row]) => ({ rhkId, ...row })),
        perilaku: Object.entries(perilaku).map(([code, row]) => ({ code, ...row })),
      },
    });
  }

  const rhkRow = (id: string): Row => rhk[id] ?? { rating: null, reflection: '' };
  const perilakuRow = (code: string): Row => perilaku[code] ?? { rating: null, reflection: '' };
  return (
    <form className="card stack eval-form" onSubmit={submit} aria-labelledby="self-form-title">
      <h2 id="self-form-title">{t('evaluation.self.title')}</h2>
      <p className="muted">
        {view.selfAssessment.submittedAt ? t('evaluation.self.savedAt', { date: labels.dateTime(view.selfAssessment.submittedAt) }) : t('evaluation.self.intro')}
      </p>
      {view.ratings.rhk.map((r, index) => (
        <div key={r.rhkId} className="stack">
          <RatingRadios legend={`${index + 1}. ${r.text}`} name={`self-rhk-${r.rhkId}`} value={rhkRow(r.rhkId).rating} onChange={(rating) => setRhk((prev) => ({ ...prev, [r.rhkId]: { ...rhkRow(r.rhkId), rating } }))} disabled={!editable} />
          <TextAreaField label={t('evaluation.self.reflection')} value={rhkRow(r.rhkId).reflection} onChange={(e) => setRhk((prev) => ({ ...prev, [r.rhkId]: { ...rhkRow(r.rhkId), reflection: e.target.value } }))} disabled={!editable} rows={2} maxLength={maxLengthOf(selfAssessmentInput.shape.rhk.element.shape.reflection)} />
        </div>
      ))}
      {view.selfAssessment.perilaku.map((p) => (
        <div key={p.code} className="stack">
          <RatingRadios legend={p.name} name={`self-perilaku-${p.code}`} value={perilakuRow(p.code).rating} onChange={(rating) => setPerilaku((prev) => ({ ...prev, [p.code]: { ...perilakuRow(p.code), rating } }))} disabled={!editable} />
          <TextAreaField label={t('evaluation.self.reflection')} value={perilakuRow(p.code).reflection} onChange={(e) => setPerilaku((prev) => ({ ...prev, [p.code]: { ...perilakuRow(p.code), reflection: e.target.value } }))} disabled={!editable} rows={2} maxLength={maxLengthOf(selfAssessmentInput.shape.perilaku.element.shape.reflection)} />
        </div>
      ))}
      {save.isError ? <ErrorMessage error={save.error} /> : null}
      {save.isSuccess ? <Alert tone="success">{t('evaluation.self.saved')}</Alert> : null}
      {editable ? (
        <div>
          <Button type="submit" busy={save.isPending} busyLabel={t('common.saving')}>{t('evaluation.self.save')}</Button>
        </div>
      ) : null}
    </form>
  );
}
