import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import './pager.css';

interface PagerProps {
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

export function Pager({ page, hasPrevious, hasNext, onPrevious, onNext }: PagerProps) {
  const { t } = useTranslation();
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav className="pager" aria-label={t('common.pagination')}>
      <Button variant="secondary" size="sm" onClick={onPrevious} disabled={!hasPrevious}>
        ← {t('common.previous')}
      </Button>
      <span className="pager__page" aria-current="page">
        {t('common.page', { page })}
      </span>
      <Button variant="secondary" size="sm" onClick={onNext} disabled={!hasNext}>
        {t('common.next')} →
      </Button>
    </nav>
  );
}
