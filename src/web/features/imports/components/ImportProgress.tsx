import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportStage } from '../api/run-import';

// Share of the bar each step fills. A check rehearses the writes too (and then drops them).
const ranges = { upload: [0, 35], parse: [35, 50], validate: [50, 70], write: [70, 100] } as const;

function percent(stage: ImportStage): number {
  const [from, to] = ranges[stage.step];
  const share = stage.total ? Math.min(1, stage.done / stage.total) : 0;
  return Math.round(from + (to - from) * share);
}

interface ImportProgressProps {
  stage: ImportStage;
  dryRun: boolean;
  finished: boolean;
}

/** One bar for the whole run: the upload's bytes, then the rows the server has read, checked and written. */
export function ImportProgress({ stage, dryRun, finished }: ImportProgressProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const megabytes = new Intl.NumberFormat(i18n.language === 'en' ? 'en' : 'id', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const mb = (bytes: number) => megabytes.format(bytes / (1024 * 1024));
  const value = finished ? 100 : percent(stage);
  // A check's write step is a rehearsal: it is not called "saving".
  const step = stage.step === 'write' && dryRun ? 'rehearse' : stage.step;
  const detail = finished
    ? t('imports.progress.finished')
    : stage.step === 'upload'
      ? t('imports.progress.upload', { done: mb(stage.done), total: mb(stage.total) })
      : stage.total === undefined
        ? t(`imports.progress.${step}Open`, { done: stage.done })
        : t(`imports.progress.${step}`, { done: stage.done, total: stage.total });
  return (
    <div className="import-progress">
      <label htmlFor={id} className="import-progress__label">
        {detail}
      </label>
      <progress id={id} max={100} value={value} aria-valuetext={`${value}% — ${detail}`}>
        {value}%
      </progress>
      {/* Only the step is announced, not every percent. */}
      <p className="visually-hidden" role="status">
        {finished ? t('imports.progress.finished') : t(`imports.progress.step.${step}`)}
      </p>
    </div>
  );
}
