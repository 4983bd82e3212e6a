import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamRealisationView } from '../../../../shared/schemas/execution';
import { EmptyState } from '../../../components/EmptyState';
import { SelectField } from '../../../components/Field';
import { Loading } from '../../../components/Loading';
import { QueryState } from '../../../components/QueryState';
import { useTeamRealisation } from '../api/get-team-realisation';
import { hasRealisation } from '../utils/team';
import { TeamMemberCard } from './TeamMemberCard';
import './realisation.css';

type Member = TeamRealisationView['items'][number];
const filters = ['all', 'late', 'review', 'notSubmitted', 'submitted'] as const;
type Filter = (typeof filters)[number];

const matches: Record<Filter, (member: Member) => boolean> = {
  all: () => true,
  late: (member) => member.late,
  review: (member) => member.pendingEvidence > 0,
  notSubmitted: (member) => member.submittedAt === null && hasRealisation(member),
  submitted: (member) => member.submittedAt !== null,
};

/** Late first, then whoever has evidence waiting for review, then those with a realisation at all, then by name. */
function byUrgency(a: Member, b: Member): number {
  const flags = (m: Member) => [m.late, m.pendingEvidence > 0, hasRealisation(m)].map(Number);
  const [fa, fb] = [flags(a), flags(b)];
  for (let i = 0; i < fa.length; i += 1) {
    const diff = (fb[i] ?? 0) - (fa[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return a.name.localeCompare(b.name, 'id');
}

/** Realisasi tim: for the atasan and penilai, who is late and what awaits review in one period. */
export function TeamRealisation() {
  const { t } = useTranslation();
  const [periodId, setPeriodId] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const team = useTeamRealisation(periodId);

  if (!team.isSuccess) return <QueryState query={team} />;
  const data = team.data;
  const counts = Object.fromEntries(filters.map((f) => [f, data.items.filter(matches[f]).length])) as Record<Filter, number>;
  const shown = data.items.filter(matches[filter]).sort(byUrgency);
  return (
    <div className="realisation stack">
      <div className="team-toolbar">
        <SelectField
          label={t('realisation.team.period')}
          value={data.period?.id ?? ''}
          onChange={(event) => setPeriodId(event.target.value)}
          options={data.periods.map((period) => ({ value: period.id, label: period.name }))}
          disabled={data.periods.length === 0}
        />
        <div role="group" aria-label={t('realisation.team.filterLabel')} className="filter-chips cluster">
          {filters.map((f) => (
            <button key={f} type="button" className="filter-chip" aria-pressed={filter === f} onClick={() => setFilter(f)}>
              {t(`realisation.team.filter.${f}`)} <span className="filter-chip__count">{counts[f]}</span>
            </button>
          ))}
        </div>
      </div>
      {team.isFetching ? <Loading /> : null}
      {data.items.length === 0 ? (
        <EmptyState title={t('realisation.team.empty')} hint={t('realisation.team.emptyHint')} />
      ) : shown.length === 0 ? (
        <EmptyState title={t('realisation.team.noneMatch')} />
      ) : (
        <ul className="team-list card-list" aria-label={t('realisation.team.listLabel', { period: data.period?.name ?? '' })}>
          {shown.map((member) => (
            <TeamMemberCard key={member.pegawaiId} member={member} periodId={data.period?.id ?? null} />
          ))}
        </ul>
      )}
    </div>
  );
}
