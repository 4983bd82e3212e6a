import { useTranslation } from 'react-i18next';
import type { PegawaiDetail } from '../../../../shared/schemas/organisation';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { TextField } from '../../../components/Field';
import { useDateFormat } from '../../../hooks/use-date-format';
import { todayIso } from '../../../lib/dates';
import { ChainCards } from './ChainCards';

interface ChainSectionProps {
  pegawai: PegawaiDetail;
  /** '' = today. */
  date: string;
  onDateChange: (date: string) => void;
  linkPeople: boolean;
  loading: boolean;
  onOverride?: () => void;
}

export function ChainSection({ pegawai, date, onDateChange, linkPeople, loading, onOverride }: ChainSectionProps) {
  const { t } = useTranslation();
  const { date: formatDate } = useDateFormat();
  const { chain } = pegawai;
  const today = todayIso();
  return (
    <section className="card profile-chain" aria-labelledby="chain-title" aria-busy={loading || undefined}>
      <div className="section-head">
        <h2 id="chain-title">{t('pegawai.chain.title')}</h2>
        {onOverride ? (
          <Button variant="secondary" size="sm" onClick={onOverride}>
            {t('pegawai.override.open')}
          </Button>
        ) : null}
      </div>
      <p className="muted">{t('pegawai.chain.intro')}</p>
      <div className="chain-date">
        <TextField
          type="date"
          label={t('pegawai.chain.dateLabel')}
          value={date || today}
          onChange={(event) => onDateChange(event.target.value === today ? '' : event.target.value)}
        />
        {date ? (
          <Button variant="ghost" onClick={() => onDateChange('')}>
            {t('pegawai.chain.backToToday')}
          </Button>
        ) : null}
      </div>
      <p className="chain-as-of" role="status">
        {loading ? t('common.loading') : date ? t('pegawai.chain.asOfPast', { date: formatDate(chain.asOf) }) : t('pegawai.chain.asOfToday', { date: formatDate(chain.asOf) })}
      </p>
      {!chain.complete ? (
        <Alert tone="warning" title={t('pegawai.chain.incompleteTitle')} live={false}>
          {chain.problems.length > 0 ? (
            <ul>
              {chain.problems.map((problem, index) => (
                <li key={index}>{problem.message}</li>
              ))}
            </ul>
          ) : null}
          <p>{onOverride ? t('pegawai.chain.incompleteAdmin') : t('pegawai.chain.incompleteHelp')}</p>
        </Alert>
      ) : null}
      <ChainCards chain={chain} linkPeople={linkPeople} />
    </section>
  );
}
