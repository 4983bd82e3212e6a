import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_MAX_BYTES, importKinds, type ImportKind } from '../../../../shared/schemas/imports';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextField } from '../../../components/Field';
import { isApiError } from '../../../lib/api-error';
import { useRunImport } from '../api/run-import';
import { ImportErrors } from './ImportErrors';
import { ImportGuide } from './ImportGuide';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';
import './imports.css';

const ACCEPT = '.csv,.xlsx';
const MAX_MB = IMPORT_MAX_BYTES / (1024 * 1024);

/** Row errors (422 bad rows, 403 rows outside an admin OPD's scope) go in the table; anything else is a message. */
function rowErrors(error: unknown) {
  if (!isApiError(error)) return null;
  const rows = error.details.filter((d) => typeof d.row === 'number').map((d) => ({ row: d.row!, column: d.column ?? '', reason: d.reason ?? d.message ?? '' }));
  return rows.length > 0 ? { rows, outOfScope: error.code === 'FORBIDDEN_SCOPE' } : null;
}

export function ImportPanel({ opdOnly }: { opdOnly: boolean }) {
  const { t } = useTranslation();
  const kindName = useId();
  const [kind, setKind] = useState<ImportKind>('pegawai');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const run = useRunImport();
  const resultRef = useRef<HTMLDivElement>(null);
  const finished = run.isSuccess || run.isError;

  // On a phone the outcome lands below the fold: bring its start into view once it arrives.
  useEffect(() => {
    if (finished) resultRef.current?.scrollIntoView({ block: 'nearest' });
  }, [finished]);

  function chooseFile(chosen: File | null) {
    run.reset();
    setFile(chosen);
    const tooBig = chosen && chosen.size > IMPORT_MAX_BYTES;
    const wrongType = chosen && !/\.(csv|xlsx)$/i.test(chosen.name);
    setFileError(tooBig ? t('imports.fileTooLarge', { max: MAX_MB }) : wrongType ? t('imports.fileWrongType') : undefined);
  }

  function start(dryRun: boolean) {
    if (!file) {
      setFileError(t('imports.fileRequired'));
      document.getElementById('import-file')?.focus();
      return;
    }
    if (fileError) return;
    run.mutate({ kind, file, dryRun });
  }

  const errors = rowErrors(run.error);
  const lastDryRun = run.variables?.dryRun ?? false;
  return (
    <div className="import-page">
      <section className="card" aria-labelledby="import-kind-title">
        <h2 id="import-kind-title">{t('imports.step1')}</h2>
        <fieldset className="import-kinds" disabled={run.isPending}>
          <legend className="visually-hidden">{t('imports.kindLegend')}</legend>
          {importKinds.map((option) => (
            <label key={option} className="import-kind choice-tile">
              <input
                type="radio"
                name={kindName}
                value={option}
                checked={kind === option}
                onChange={() => {
                  setKind(option);
                  run.reset();
                }}
              />
              <span>
                <span className="import-kind__name">{t(`imports.kinds.${option}`)}</span>
                <span className="import-kind__hint">{t(`imports.kindHints.${option}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {opdOnly ? <p className="muted">{t('imports.opdOnly')}</p> : null}
        <ImportGuide kind={kind} />
      </section>

      <section className="card" aria-labelledby="import-file-title">
        <h2 id="import-file-title">{t('imports.step2')}</h2>
        <form
          className="stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            start(true);
          }}
        >
          <TextField
            id="import-file"
            type="file"
            accept={ACCEPT}
            label={t('imports.file')}
            hint={t('imports.fileHint', { max: MAX_MB })}
            error={fileError}
            disabled={run.isPending}
            onChange={(event) => chooseFile(event.target.files?.[0] ?? null)}
          />
          {file && !fileError ? <p className="import-file-name">{t('imports.chosen', { name: file.name, size: Math.max(1, Math.round(file.size / 1024)) })}</p> : null}
          <div className="import-actions cluster">
            <Button type="submit" variant="secondary" busy={run.isPending && lastDryRun} busyLabel={t('imports.checking')} disabled={run.isPending}>
              {t('imports.check')}
            </Button>
            <Button onClick={() => start(false)} busy={run.isPending && !lastDryRun} busyLabel={t('imports.importing')} disabled={run.isPending}>
              {t(`imports.run.${kind}`)}
            </Button>
          </div>
        </form>
        {run.stage && !run.isError && !run.isIdle ? <ImportProgress stage={run.stage} dryRun={lastDryRun} finished={run.isSuccess} /> : null}
        <div ref={resultRef} className="import-result">
          {errors && file ? <ImportErrors errors={errors.rows} outOfScope={errors.outOfScope} fileName={file.name} /> : null}
          {run.isError && !errors ? <ErrorMessage error={run.error} /> : null}
          {run.data ? <ImportSummary result={run.data} /> : null}
        </div>
      </section>
    </div>
  );
}
