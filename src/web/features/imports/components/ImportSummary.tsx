import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/schemas/imports';
import { Alert } from '../../../components/Alert';
import { paths } from '../../../config/paths';

const headline = ['created', 'updated', 'unchanged'] as const;
const more = ['jabatanCreated', 'jabatanUpdated', 'placementsOpened', 'placementsClosed', 'overridesSet', 'overridesEnded', 'accountsCreated'] as const;

/** What the import did (or, after "Periksa dulu", what it would do). */
export function ImportSummary({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const tense = result.dryRun ? 'would' : 'did';
  const extras = more.filter((key) => result[key] > 0);
  return (
    <section className="import-summary" aria-labelledby="import-summary-title">
      <Alert tone="success" title={result.dryRun ? t('imports.summary.checkedTitle') : t('imports.summary.doneTitle')}>
        <p id="import-summary-title">
          {t(result.dryRun ? 'imports.summary.checked' : 'imports.summary.done', { count: result.rows, file: result.file })}
        </p>
      </Alert>
      <dl className="import-summary__counts">
        {headline.map((key) => (
          <div key={key} className={`import-count import-count--${key}`}>
            <dt>{t(`imports.summary.${tense}.${key}`)}</dt>
            <dd>{result[key]}</dd>
          </div>
        ))}
      </dl>
      {extras.length > 0 ? (
        <ul className="import-summary__more">
          {extras.map((key) => (
            <li key={key}>{t(`imports.summary.more.${key}`, { count: result[key] })}</li>
          ))}
        </ul>
      ) : null}
      {result.incompleteChains > 0 ? (
        <Alert tone="warning" live={false}>
          <p>{t('imports.summary.incomplete', { count: result.incompleteChains })}</p>
          {!result.dryRun ? <Link to={paths.incompleteChains}>{t('imports.summary.incompleteLink')}</Link> : null}
        </Alert>
      ) : null}
      {!result.dryRun && result.kind === 'pegawai' ? <Link to={paths.pegawaiList}>{t('imports.summary.pegawaiLink')}</Link> : null}
      {!result.dryRun && result.kind === 'units' ? <Link to={paths.organisation}>{t('imports.summary.unitsLink')}</Link> : null}
    </section>
  );
}
