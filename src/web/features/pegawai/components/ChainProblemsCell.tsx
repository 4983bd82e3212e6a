import { useTranslation } from 'react-i18next';
import { usePegawai } from '../api/get-pegawai';

/**
 * The list reply says only that a chain is incomplete, so the problems come from each person's
 * profile (the page shows few people: everyone else's chain is complete).
 */
export function ChainProblemsCell({ pegawaiId }: { pegawaiId: string }) {
  const { t } = useTranslation();
  const query = usePegawai(pegawaiId);
  if (query.isPending) return <span className="muted">{t('common.loading')}</span>;
  if (query.isError) return <span className="badge badge--warning">{t('pegawai.chainIncomplete')}</span>;
  const { problems } = query.data.chain;
  if (problems.length === 0) return <span className="badge badge--success">{t('pegawai.chainComplete')}</span>;
  return (
    <ul className="chain-problem-list">
      {problems.map((problem, index) => (
        <li key={`${problem.link}-${index}`}>
          <strong>{t(`pegawai.chain.links.${problem.link}`, { defaultValue: problem.link })}:</strong> {problem.message}
        </li>
      ))}
    </ul>
  );
}
