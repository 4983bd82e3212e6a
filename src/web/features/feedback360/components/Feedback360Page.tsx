import { InboxSection } from './InboxSection';
import { MyFeedbackSection } from './MyFeedbackSection';
import { TeamFeedbackSection } from './TeamFeedbackSection';
import './feedback360.css';

interface Feedback360PageProps {
  myPegawaiId: string | null;
  /** Atasan or penilai of someone: may ask for and read their team's 360. */
  isLeader: boolean;
}

/** Umpan balik 360: requests to answer, the team's results for a penilai, and my own result. */
export function Feedback360Page({ myPegawaiId, isLeader }: Feedback360PageProps) {
  return (
    <div className="stack">
      {myPegawaiId ? <InboxSection /> : null}
      {isLeader ? <TeamFeedbackSection myPegawaiId={myPegawaiId} /> : null}
      {myPegawaiId ? <MyFeedbackSection myPegawaiId={myPegawaiId} /> : null}
    </div>
  );
}
