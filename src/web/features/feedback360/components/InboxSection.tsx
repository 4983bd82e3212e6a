import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { QueryState } from '../../../components/QueryState';
import { useInbox } from '../api/get-inbox';
import type { InboxItem } from '../api/types';
import { useDateFormat } from '../../../hooks/use-date-format';
import { AnswerDialog } from './AnswerDialog';

/** "Permintaan untuk saya": the requests addressed to me, open ones first. */
export function InboxSection() {
  const { t } = useTranslation();
  const { date: formatDate } = useDateFormat();
  const inbox = useInbox();
  const [answering, setAnswering] = useState<InboxItem | null>(null);
  const [answeredName, setAnsweredName] = useState<string | null>(null);
  const items = [...(inbox.data?.items ?? [])].sort((a, b) => Number(a.answeredAt !== null) - Number(b.answeredAt !== null));

  return (
    <section className="card stack" aria-labelledby="fb360-inbox">
      <h2 id="fb360-inbox">{t('feedback360.inbox.title')}</h2>
      {answeredName ? <Alert tone="success">{t('feedback360.inbox.thanks', { name: answeredName })}</Alert> : null}
      {!inbox.isSuccess ? (
        <QueryState query={inbox} />
      ) : items.length === 0 ? (
        <p className="muted">{t('feedback360.inbox.empty')}</p>
      ) : (
        <ul className="fb360-inbox">
          {items.map((item) => (
            <li key={item.requestId} className="fb360-inbox__item">
              <div>
                <span className="fb360-inbox__name">{item.subjectName}</span>
                <span className="fb360-inbox__sub muted">
                  {item.periodName} · {t(`feedback360.relation.${item.relation}`)}
                </span>
              </div>
              {item.answeredAt ? (
                <span className="badge badge--success">{t('feedback360.inbox.answeredOn', { date: formatDate(item.answeredAt) })}</span>
              ) : (
                <Button
                  size="sm"
                  onClick={() => {
                    setAnsweredName(null);
                    setAnswering(item);
                  }}
                  aria-label={t('feedback360.inbox.answerNamed', { name: item.subjectName, period: item.periodName })}
                >
                  {t('feedback360.inbox.answer')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {answering ? (
        <AnswerDialog
          request={answering}
          onClose={() => setAnswering(null)}
          onDone={() => {
            setAnsweredName(answering.subjectName);
            setAnswering(null);
          }}
        />
      ) : null}
    </section>
  );
}
