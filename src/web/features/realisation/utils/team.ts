import type { TeamRealisationView } from '../../../../shared/schemas/execution';

type Member = TeamRealisationView['items'][number];

/** A never-approved SKP has no realisation; one under revision still has its approved indicators. */
export function hasRealisation(member: Member): boolean {
  return member.skpId !== null && (member.skpStatus === 'DISETUJUI' || member.ikiTotal > 0);
}
