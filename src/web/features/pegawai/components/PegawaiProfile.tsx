import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PegawaiDetail } from '../../../../shared/schemas/organisation';
import { Alert } from '../../../components/Alert';
import { PageHeader } from '../../../components/PageHeader';
import { StatusPage } from '../../../components/StatusPage';
import { QueryState } from '../../../components/QueryState';
import { isApiError } from '../../../lib/api-error';
import { usePegawai } from '../api/get-pegawai';
import { isIsoDate } from '../../../lib/dates';
import { AbsenceDialog } from './AbsenceDialog';
import { ChainSection } from './ChainSection';
import { EndOverrideDialog } from './EndOverrideDialog';
import { IdentityFacts } from './IdentityFacts';
import { OverridesList } from './OverridesList';
import { PlacementHistory } from './PlacementHistory';
import { SetAtasanDialog } from './SetAtasanDialog';
import { TransferDialog } from './TransferDialog';
import './profile.css';

type OpenDialog = { kind: 'override' } | { kind: 'transfer' } | { kind: 'absence' } | { kind: 'end'; override: PegawaiDetail['overrides'][number] };

interface PegawaiProfileProps {
  pegawaiId: string;
  isSelf: boolean;
  /** Roles that read the whole organisation get links to the people in the chain and to the unit. */
  linkOrganisation: boolean;
}

export function PegawaiProfile({ pegawaiId, isSelf, linkOrganisation }: PegawaiProfileProps) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('tanggal');
  const date = isIsoDate(requested) ? requested : '';
  const query = usePegawai(pegawaiId, date);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [notice, setNotice] = useState('');

  if (query.isError && isApiError(query.error) && (query.error.status === 403 || query.error.status === 404)) {
    return <StatusPage status={query.error.status} />;
  }

  function changeDate(next: string) {
    setNotice('');
    setSearchParams(next ? { tanggal: next } : {}, { replace: true });
  }

  function finish(message: string) {
    setDialog(null);
    setNotice(message);
    // The reply is today's chain, so the view returns to today to show the change.
    if (date) setSearchParams({}, { replace: true });
  }

  const pegawai = query.data;
  return (
    <>
      {/* The same heading element before and after loading keeps the focus the page change put on it. */}
      <PageHeader title={pegawai?.name ?? t('pegawai.profileTitle')} intro={isSelf ? t('pegawai.selfIntro') : undefined} />
      <div role="status" className="profile-notice">
        {notice ? (
          <Alert tone="success" live={false}>
            {notice}
          </Alert>
        ) : null}
      </div>
      {!query.isSuccess ? <QueryState query={query} /> : null}
      {pegawai ? (
        <div className="profile">
          <IdentityFacts
            pegawai={pegawai}
            linkUnit={linkOrganisation}
            onTransfer={pegawai.can.transfer ? () => setDialog({ kind: 'transfer' }) : undefined}
            onAbsence={pegawai.can.transfer ? () => setDialog({ kind: 'absence' }) : undefined}
          />
          <ChainSection
            pegawai={pegawai}
            date={date}
            onDateChange={changeDate}
            linkPeople={linkOrganisation}
            loading={query.isPlaceholderData}
            onOverride={pegawai.can.override ? () => setDialog({ kind: 'override' }) : undefined}
          />
          <PlacementHistory placements={pegawai.placements} />
          <OverridesList overrides={pegawai.overrides} onEnd={pegawai.can.override ? (override) => setDialog({ kind: 'end', override }) : undefined} />
        </div>
      ) : null}
      {pegawai && dialog?.kind === 'override' ? (
        <SetAtasanDialog pegawai={pegawai} onClose={() => setDialog(null)} onDone={(name) => finish(t('pegawai.override.done', { name }))} />
      ) : null}
      {pegawai && dialog?.kind === 'end' ? (
        <EndOverrideDialog pegawaiId={pegawai.id} override={dialog.override} onClose={() => setDialog(null)} onDone={() => finish(t('pegawai.overrides.ended'))} />
      ) : null}
      {pegawai && dialog?.kind === 'absence' ? (
        <AbsenceDialog pegawaiId={pegawai.id} name={pegawai.name} onClose={() => setDialog(null)} onDone={() => finish(t('pegawai.absence.done'))} />
      ) : null}
      {pegawai && dialog?.kind === 'transfer' ? (
        <TransferDialog pegawai={pegawai} onClose={() => setDialog(null)} onDone={() => finish(t('pegawai.transfer.done'))} />
      ) : null}
    </>
  );
}
