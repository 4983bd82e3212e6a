import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextAreaField } from '../../../components/TextAreaField';
import { useAddStatement } from '../api/add-statement';
import { useFileKeberatan } from '../api/file-keberatan';
import type { EvaluationView } from '../api/types';
import { useLabels } from '../hooks/use-labels';
import { KeberatanDecisionForm } from './KeberatanDecisionForm';
import { keberatanInput, keberatanStatementInput } from '../../../../shared/schemas/evaluation';
import { maxLengthOf } from '../../../lib/schema-limits';

/** Keberatan: the form within the window, then its statements, status and the final decision. */
export function KeberatanSection({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const keberatan = view.keberatan;
  if (!keberatan && !view.can.object) {
    return view.objectionDeadline ? <p className="muted">{t('evaluation.keberatan.window', { date: labels.date(view.objectionDeadline) })}</p> : null;
  }
  return (
    <section className="card stack" aria-labelledby="keberatan-title">
      <h2 id="keberatan-title">{t('evaluation.keberatan.title')}</h2>
      {!keberatan ? (
        <FileForm view={view} />
      ) : (
        <>
          <dl className="eval-dl">
            <div><dt>{t('evaluation.keberatan.filedAt')}</dt><dd>{labels.dateTime(keberatan.filedAt)}</dd></div>
            <div><dt>{t('evaluation.keberatan.reasons')}</dt><dd>{keberatan.reasons}</dd></div>
            <div><dt>{t('evaluation.keberatan.before')}</dt><dd>{labels.rating(keberatan.before.ratingHasilKerja)} / {labels.rating(keberatan.before.ratingPerilaku)} → {labels.predikat(keberatan.before.predikat)}</dd></div>
          </dl>
          {keberatan.statements.length > 0 ? (
            <ul className="eval-feedback" aria-label={t('evaluation.keberatan.statements')}>
              {keberatan.statements.map((s) => (
                <li key={s.id}><span className="muted">{s.name} ({t(`evaluation.keberatan.role.${s.role}`)}) · {labels.dateTime(s.createdAt)}:</span> {s.text}</li>
              ))}
            </ul>
          ) : null}
          {keberatan.decision ? (
            <Alert tone={keberatan.decision === 'CHANGED' ? 'success' : 'info'} title={t(`evaluation.keberatan.decision.${keberatan.decision}`)} live={false}>
              <p>{keberatan.decisionReason}</p>
              {keberatan.after ? <p>{t('evaluation.keberatan.after', { hasil: labels.rating(keberatan.after.ratingHasilKerja), perilaku: labels.rating(keberatan.after.ratingPerilaku), predikat: labels.predikat(keberatan.after.predikat) })}</p> : null}
              <p className="muted">{keberatan.decidedByName} · {labels.dateTime(keberatan.decidedAt)}</p>
            </Alert>
          ) : (
            <p>{t('evaluation.keberatan.pending')}</p>
          )}
          {view.can.addStatement ? <StatementForm view={view} /> : null}
          {view.can.decide ? <KeberatanDecisionForm view={view} /> : null}
        </>
      )}
    </section>
  );
}

function FileForm({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const file = useFileKeberatan();
  const [reasons, setReasons] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    if (view.id) file.mutate({ evaluationId: view.id, reasons });
  }
  return (
    <form className="stack" onSubmit={submit}>
      <p className="muted">{t('evaluation.keberatan.window', { date: labels.date(view.objectionDeadline) })}</p>
      <TextAreaField label={t('evaluation.keberatan.reasons')} value={reasons} onChange={(e) => setReasons(e.target.value)} required rows={4} maxLength={maxLengthOf(keberatanInput.shape.reasons)} />
      {file.isError ? <ErrorMessage error={file.error} /> : null}
      <div><Button type="submit" variant="danger" busy={file.isPending} busyLabel={t('common.saving')}>{t('evaluation.keberatan.file')}</Button></div>
    </form>
  );
}

function StatementForm({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const add = useAddStatement();
  const [text, setText] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    if (view.id) add.mutate({ evaluationId: view.id, text }, { onSuccess: () => setText('') });
  }
  return (
    <form className="stack" onSubmit={submit}>
      <TextAreaField label={t('evaluation.keberatan.statement')} value={text} onChange={(e) => setText(e.target.value)} required rows={3} maxLength={maxLengthOf(keberatanStatementInput.shape.text)} />
      {add.isError ? <ErrorMessage error={add.error} /> : null}
      <div><Button type="submit" variant="secondary" busy={add.isPending} busyLabel={t('common.saving')}>{t('evaluation.keberatan.addStatement')}</Button></div>
    </form>
  );
}
