import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDialogue } from '../api/get-dialogue';
import { DialogueCard } from './DialogueCard';
import { QueryState } from '../../../components/QueryState';
import './dialogue.css';

interface DialogueDetailProps {
  dialogueId: string;
  myPegawaiId: string | null;
  logPath: string;
}

/** One dialogue on its own page, e.g. opened from its notification. */
export function DialogueDetail({ dialogueId, myPegawaiId, logPath }: DialogueDetailProps) {
  const { t } = useTranslation();
  const query = useDialogue(dialogueId);
  return (
    <div className="stack">
      <p>
        <Link to={logPath}>← {t('dialogue.backToLog')}</Link>
      </p>
      {!query.isSuccess ? (
        <QueryState query={query} />
      ) : (
        <DialogueCard dialogue={query.data} myPegawaiId={myPegawaiId} />
      )}
    </div>
  );
}
