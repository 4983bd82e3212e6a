import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { QueryState } from '../../../components/QueryState';
import { LoadMore } from '../../../components/LoadMore';
import { useDialogues } from '../api/get-dialogues';
import { DialogueCard } from './DialogueCard';
import { RecordDialogueDialog } from './RecordDialogueDialog';
import { TeamSelect } from './TeamSelect';
import './dialogue.css';

interface DialogueLogProps {
  myPegawaiId: string | null;
  /** Atasan, penilai or atasan penilai of someone: may filter by person and record dialogues. */
  isLeader: boolean;
}

/** The dialogue log: mine as a pegawai; as a leader also my team's, filtered by person. */
export function DialogueLog({ myPegawaiId, isLeader }: DialogueLogProps) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const pegawaiId = params.get('pegawaiId') ?? '';
  const [recording, setRecording] = useState(false);
  const [recorded, setRecorded] = useState(false);
  const query = useDialogues(pegawaiId);
  const dialogues = query.data?.pages.flatMap((page) => page.items) ?? [];

  function choosePegawai(next: string) {
    setRecorded(false);
    setParams(next ? { pegawaiId: next } : {}, { replace: true });
  }

  return (
    <div className="stack">
      {isLeader ? (
        <div className="dialogue-toolbar">
          <TeamSelect
            label={t('dialogue.filter.label')}
            value={pegawaiId}
            onChange={choosePegawai}
            leadingOptions={[
              { value: '', label: t('dialogue.filter.all') },
              ...(myPegawaiId ? [{ value: myPegawaiId, label: t('dialogue.filter.mine') }] : []),
            ]}
            excludeId={myPegawaiId}
          />
          <Button onClick={() => setRecording(true)}>{t('dialogue.record')}</Button>
        </div>
      ) : null}
      {recorded ? <Alert tone="success">{t('dialogue.recorded')}</Alert> : null}
      <QueryState query={query} empty={{ isEmpty: () => dialogues.length === 0, title: t('dialogue.empty'), hint: isLeader ? t('dialogue.emptyHintLeader') : t('dialogue.emptyHint') }}>
        {() => (
          <>
            <ul className="dialogue-list" aria-label={t('dialogue.listLabel')}>
              {dialogues.map((dialogue) => (
                <li key={dialogue.id}>
                  <DialogueCard dialogue={dialogue} myPegawaiId={myPegawaiId} />
                </li>
              ))}
            </ul>
            <LoadMore query={query} />
          </>
        )}
      </QueryState>
      {recording ? (
        <RecordDialogueDialog
          myPegawaiId={myPegawaiId}
          initialPegawaiId={pegawaiId}
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            setRecorded(true);
          }}
        />
      ) : null}
    </div>
  );
}
