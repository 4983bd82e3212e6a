import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Loading } from '../../../components/Loading';
import { Table } from '../../../components/Table';
import type { Feedback360SubjectView } from '../api/types';

// recharts is large; only pages that have a result to draw download it.
const AggregateChart = lazy(() => import('./AggregateChart').then((m) => ({ default: m.AggregateChart })));

type PerValue = NonNullable<Feedback360SubjectView['aggregate']>['perValue'][number];

/** The aggregate, or why there is none yet: never anything that tells who said what. */
export function AggregateView({ view }: { view: Feedback360SubjectView }) {
  const { t, i18n } = useTranslation();
  const format = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en' : 'id', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const aggregate = view.aggregate;
  if (!aggregate) {
    return (
      <Alert tone="info" live={false}>
        {t('feedback360.aggregate.belowThreshold', { threshold: view.threshold })}
      </Alert>
    );
  }
  const nameOf = (code: string) => aggregate.perValue.find((value) => value.code === code)?.name ?? code;
  return (
    <div className="stack">
      <h3>{t('feedback360.aggregate.title', { answered: aggregate.answered })}</h3>
      <p className="muted">{t('feedback360.aggregate.pending', { threshold: view.threshold })}</p>
      <Suspense fallback={<Loading />}>
        <AggregateChart perValue={aggregate.perValue} />
      </Suspense>
      <Table<PerValue>
        caption={t('feedback360.aggregate.tableCaption')}
        rows={aggregate.perValue}
        rowKey={(row) => row.code}
        columns={[
          { key: 'name', header: t('feedback360.aggregate.value'), cell: (row) => row.name },
          { key: 'mean', header: t('feedback360.aggregate.mean'), cell: (row) => format(row.mean) },
          { key: 'count', header: t('feedback360.aggregate.count'), cell: (row) => row.count },
        ]}
      />
      {aggregate.comments.length > 0 ? (
        <div>
          <h4 className="fb360-comments__title">{t('feedback360.aggregate.comments')}</h4>
          <ul className="fb360-comments plain-list">
            {aggregate.comments.map((comment, index) => (
              <li key={index}>
                <span className="muted">{nameOf(comment.code)}:</span> {comment.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
