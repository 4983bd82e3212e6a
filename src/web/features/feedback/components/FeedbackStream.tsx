import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import type { FeedbackDirection } from '../api/keys';
import { FeedbackList } from './FeedbackList';
import { GiveFeedbackDialog } from './GiveFeedbackDialog';
import './feedback.css';

const tabs: FeedbackDirection[] = ['received', 'given'];

/** Umpan balik: what I received and what I gave, with a button to write a new one. */
export function FeedbackStream() {
  const { t } = useTranslation();
  const baseId = useId();
  const [direction, setDirection] = useState<FeedbackDirection>('received');
  const [giving, setGiving] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  // Arrow keys move between the tabs (WAI-ARIA tabs pattern); Tab goes on into the panel.
  function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = (index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
    setDirection(tabs[next] ?? 'received');
    tabRefs.current[next]?.focus();
  }

  return (
    <div className="feedback stack">
      <div className="feedback__toolbar">
        <Button onClick={() => setGiving(true)}>{t('feedback.give.open')}</Button>
      </div>
      {sentTo ? <Alert tone="success">{t('feedback.give.done', { name: sentTo })}</Alert> : null}
      <div role="tablist" aria-label={t('feedback.tabs.label')} className="feedback-tabs">
        {tabs.map((tab, index) => (
          <button
            key={tab}
            ref={(element) => {
              tabRefs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${tab}`}
            aria-selected={direction === tab}
            aria-controls={`${baseId}-panel`}
            tabIndex={direction === tab ? 0 : -1}
            className="feedback-tabs__tab"
            onClick={() => setDirection(tab)}
            onKeyDown={(event) => handleKeyDown(event, index)}
          >
            {t(`feedback.tabs.${tab}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-tab-${direction}`} tabIndex={0} className="feedback-panel">
        <FeedbackList key={direction} direction={direction} />
      </div>
      {giving ? (
        <GiveFeedbackDialog
          onClose={() => setGiving(false)}
          onSent={(name) => {
            setGiving(false);
            setSentTo(name);
            setDirection('given');
          }}
        />
      ) : null}
    </div>
  );
}
