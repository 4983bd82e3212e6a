import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { useCreateSkp } from '../api/create-skp';
import { useSkpList } from '../api/get-skp-list';
import { currentYear, useYears } from '../../../api/years';
import { SkpDocument } from './SkpDocument';
import './skp.css';

/** SKP saya: this year's SKP, or a card that starts it. */
export function MySkp() {
  const { t } = useTranslation();
  const years = useYears();
  const year = years.data ? currentYear(years.data.items) : undefined;
  const list = useSkpList({ scope: 'mine', year, status: '' }, year !== undefined);
  const create = useCreateSkp();

  if (years.isError) return <ErrorMessage error={years.error} onRetry={() => void years.refetch()} />;
  if (list.isError) return <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />;
  if (year === undefined || list.isPending) return <Loading />;
  const mine = list.data.items[0];
  if (mine) return <SkpDocument skpId={mine.id} />;
  const open = years.data?.items.some((y) => y.year === year && y.status === 'OPEN') ?? false;
  return (
    <section className="card stack skp-start" aria-labelledby="skp-start">
      <h2 id="skp-start">{t('skp.start.title', { year })}</h2>
      <p>{open ? t('skp.start.intro') : t('skp.start.closed', { year })}</p>
      {create.error ? <ErrorMessage error={create.error} /> : null}
      {open ? (
        <Button onClick={() => create.mutate({ year, pendekatan: 'KUANTITATIF' })} busy={create.isPending} busyLabel={t('common.saving')}>
          {t('skp.start.button', { year })}
        </Button>
      ) : null}
    </section>
  );
}
