import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { MyEvaluationsPage } from '../../features/evaluation/components/MyEvaluationsPage';

export function EvaluationMineRoute() {
  const { t } = useTranslation();
  const { user, roles } = useCurrentUser();
  return (
    <>
      <PageHeader title={t('evaluation.page.mineTitle')} intro={t('evaluation.page.mineIntro')} />
      {/* Atasan penilai are ATASAN; the Wali Kota (an official) decides the Kepala Dinas' objections. */}
      <MyEvaluationsPage hasPegawai={user.pegawaiId !== null} showQueue={roles.includes('ATASAN') || user.pegawaiId === null} />
    </>
  );
}
