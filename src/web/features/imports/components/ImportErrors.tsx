import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '../../../../shared/schemas/imports';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { Table, type Column } from '../../../components/Table';

const SHOWN = 500;

function downloadCsv(errors: ImportRowError[], fileName: string) {
  const quote = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`;
  const lines = [['baris', 'kolom', 'alasan'], ...errors.map((e) => [e.row, e.column, e.reason])].map((row) => row.map(quote).join(';'));
  const url = URL.createObjectURL(new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Every bad row the server found (the import is all-or-nothing, so nothing was saved). */
interface ImportErrorsProps {
  errors: ImportRowError[];
  /** 403: the rows are fine but reach outside the admin OPD's own OPD. */
  outOfScope: boolean;
  fileName: string;
}

export function ImportErrors({ errors, outOfScope, fileName }: ImportErrorsProps) {
  const { t } = useTranslation();
  const rows = new Set(errors.map((error) => error.row)).size;
  const columns: Column<ImportRowError & { key: string }>[] = [
    { key: 'row', header: t('imports.errors.row'), className: 'import-errors__row', cell: (e) => e.row },
    { key: 'column', header: t('imports.errors.column'), cell: (e) => (e.column ? <code>{e.column}</code> : '—') },
    { key: 'reason', header: t('imports.errors.reason'), cell: (e) => e.reason },
  ];
  const keyed = errors.slice(0, SHOWN).map((error, index) => ({ ...error, key: String(index) }));
  return (
    <section className="import-errors" aria-labelledby="import-errors-title">
      <Alert tone="error" title={outOfScope ? t('imports.errors.scopeTitle') : t('imports.errors.title')}>
        <p id="import-errors-title">{t('imports.errors.count', { count: errors.length, rows })}</p>
        <p>{t('imports.errors.nothingSaved')}</p>
      </Alert>
      <Table caption={t('imports.errors.caption', { file: fileName })} columns={columns} rows={keyed} rowKey={(e) => e.key} />
      <div className="import-errors__more">
        {errors.length > SHOWN ? <p className="muted">{t('imports.errors.truncated', { shown: SHOWN, count: errors.length })}</p> : null}
        <Button variant="secondary" size="sm" onClick={() => downloadCsv(errors, `kesalahan-${fileName.replace(/\.[^.]+$/, '')}.csv`)}>
          {t('imports.errors.download')}
        </Button>
      </div>
    </section>
  );
}
