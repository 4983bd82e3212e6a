import { useTranslation } from 'react-i18next';
import { importColumns, importFormats, type ImportKind } from '../../../../shared/schemas/imports';
import { templateUrl } from '../api/template-url';

/** How the file should look, the templates, and every column the server understands. */
export function ImportGuide({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const columns = importColumns[kind];
  return (
    <div className="import-guide">
      <p>
        {t(`imports.guide.${kind}`)} {t('imports.guide.common')}
      </p>
      <ul className="import-templates" aria-label={t('imports.templatesLabel')}>
        {importFormats.map((format) => (
          <li key={format}>
            <a className="button button--secondary button--sm" href={templateUrl(kind, format)} download>
              {t('imports.downloadTemplate', { format: format.toUpperCase() })}
            </a>
          </li>
        ))}
      </ul>
      <details className="import-columns">
        <summary>{t('imports.columnsSummary', { count: columns.length })}</summary>
        <p className="muted">{t('imports.columnsNote')}</p>
        <dl>
          {columns.map((column) => (
            <div key={column.name}>
              <dt>
                <code>{column.name}</code>{' '}
                <span className={`badge ${column.required ? 'badge--warning' : 'badge--neutral'}`}>
                  {column.required ? t('imports.required') : t('imports.optional')}
                </span>
              </dt>
              <dd lang="id">{column.description}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
