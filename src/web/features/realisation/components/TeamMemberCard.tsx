import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TeamRealisationView } from '../../../../shared/schemas/execution';
import { links } from '../../../config/paths';
import { formatShortDateTime } from '../../../lib/dates';
import { formatPercent } from '../utils/format';
import { hasRealisation } from '../utils/team';

type Member = TeamRealisationView['items'][number];

const skpTone = { DRAFT: 'neutral', DIAJUKAN: 'warning', DIKEMBALIKAN: 'danger', DISETUJUI: 'success' } as const;

/** One person of the team in the chosen period, linking to their period view. */
export function TeamMemberCard({ member, periodId }: { member: Member; periodId: string | null }) {
  const { t, i18n } = useTranslation();
  const canOpen = periodId !== null && hasRealisation(member);
  const percent = member.ikiTotal > 0 ? Math.round((member.ikiFilled / member.ikiTotal) * 100) : 0;
  return (
    <li className="team-card card">
      <div className="team-card__head">
        <h2 className="team-card__name">
          {canOpen ? <Link to={links.realisationPeriod(member.skpId!, periodId!)}>{member.name}</Link> : member.name}
        </h2>
        <span className="muted team-card__relation">{t(`realisation.team.relation.${member.relation}`)}</span>
      </div>
      <p className="muted team-card__jabatan">
        {member.jabatan ? `${member.jabatan} · ` : null}
        <span className="mono">{member.nip}</span>
      </p>
      <p className="team-card__badges">
        <span className={`badge badge--${member.skpStatus ? skpTone[member.skpStatus] : 'neutral'}`}>{t(`realisation.skpStatus.${member.skpStatus ?? 'NONE'}`)}</span>
        {member.submittedAt ? (
          <span className="badge badge--success">{t('realisation.team.submittedAt', { date: formatShortDateTime(member.submittedAt, i18n.language) })}</span>
        ) : canOpen ? (
          <span className="badge badge--neutral">{t('realisation.summary.notSubmitted')}</span>
        ) : null}
        {member.late ? <span className="badge badge--danger">{t('realisation.summary.late')}</span> : null}
        {member.pendingEvidence > 0 ? <span className="badge badge--warning">{t('realisation.team.pending', { count: member.pendingEvidence })}</span> : null}
      </p>
      {member.ikiTotal > 0 ? (
        <div className="team-card__fill">
          <span>{t('realisation.team.filled', { filled: member.ikiFilled, total: member.ikiTotal })}</span>
          <progress max={member.ikiTotal} value={member.ikiFilled} aria-label={t('realisation.team.filledLabel', { name: member.name })} aria-valuetext={`${percent}%`} />
          <span>{t('realisation.team.capaian', { value: formatPercent(member.capaian, i18n.language) })}</span>
        </div>
      ) : null}
    </li>
  );
}
