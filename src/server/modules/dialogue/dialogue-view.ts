import type { ChainLink, PenilaiChain } from '../../../domain/penilai';
import { findOfficials, findPenilaiChains } from '../organisation';
import type { DialogueView } from '../../../shared/schemas/dialogue';
import type { AuthContext } from '../../platform/auth/sessions';
import type { Executor } from '../../platform/db/transaction';
import { canGiveCoachingFeedback, canReadCoachingAnswers, canUpdateActions, COACHING_KIND, type DialogueParties, type Seat } from './dialogue.policy';
import * as repo from './dialogue.repository';

interface ChainSeats {
  opdId: string | null;
  /** atasan langsung, pejabat penilai, atasan pejabat penilai (null where the chain is broken). */
  links: [Seat | null, Seat | null, Seat | null];
}

/** The current chains of some pegawai as seats, officials resolved to their accounts. */
export async function loadChainSeats(db: Executor, pegawaiIds: string[]): Promise<Map<string, ChainSeats>> {
  const chains = await findPenilaiChains(db, pegawaiIds);
  const linksOf = (c: PenilaiChain) => [c.atasanLangsung, c.pejabatPenilai, c.atasanPejabatPenilai] as const;
  const officialIds = chains.flatMap((chain) => linksOf(chain).flatMap((l) => (l?.kind === 'OFFICIAL' ? [l.officialId] : [])));
  const accountOfOfficial = new Map((await findOfficials(db, officialIds)).map((o) => [o.id, o.accountId]));
  const seat = (link: ChainLink | null): Seat | null => {
    if (!link) return null;
    return link.kind === 'PEGAWAI' ? { pegawaiId: link.pegawaiId, accountId: null } : { pegawaiId: null, accountId: accountOfOfficial.get(link.officialId) ?? null };
  };
  return new Map(
    chains.map((chain) => {
      const [atasan, penilai, atasanPenilai] = linksOf(chain);
      return [chain.pegawaiId, { opdId: chain.opdId, links: [seat(atasan), seat(penilai), seat(atasanPenilai)] }];
    }),
  );
}

const present = (seats: (Seat | null)[]): Seat[] => seats.filter((s): s is Seat => s !== null);

/** Parties of several dialogues from two queries, whatever their number. */
export async function loadParties(db: Executor, rows: repo.DialogueRow[]): Promise<Map<string, DialogueParties>> {
  const seats = await loadChainSeats(db, rows.flatMap((r) => [r.pegawai_id, ...(r.leader_pegawai_id ? [r.leader_pegawai_id] : [])]));
  return new Map(
    rows.map((r) => {
      const own = seats.get(r.pegawai_id);
      const leaderChain = r.leader_pegawai_id ? seats.get(r.leader_pegawai_id) : undefined;
      return [
        r.id,
        {
          pegawaiId: r.pegawai_id,
          opdId: own?.opdId ?? null,
          chain: present(own?.links ?? []),
          leader: { pegawaiId: r.leader_pegawai_id, accountId: r.leader_account_id },
          leaderSuperiors: present(leaderChain ? [leaderChain.links[0], leaderChain.links[1]] : []),
        },
      ];
    }),
  );
}

/** Dialogues as the caller may see them: the B.1.8 answers only where `canReadCoachingAnswers`. */
export async function buildViews(db: Executor, auth: AuthContext, rows: repo.DialogueRow[], parties: Map<string, DialogueParties>): Promise<DialogueView[]> {
  const ids = rows.map((r) => r.id);
  const [actions, coaching] = await Promise.all([repo.listActions(db, ids), repo.listCoachingFeedback(db, ids)]);
  return rows.map((r) => {
    const who = parties.get(r.id)!;
    const given = coaching.find((c) => c.dialogue_id === r.id);
    return {
      id: r.id,
      pegawai: { pegawaiId: r.pegawai_id, name: r.pegawaiName, nip: r.nip },
      leader: { name: r.leaderName, pegawaiId: r.leader_pegawai_id },
      kind: r.kind,
      heldOn: r.held_on,
      participants: r.participants,
      topics: r.topics,
      actions: actions
        .filter((a) => a.dialogue_id === r.id)
        .map((a) => ({ id: a.id, text: a.text, dueOn: a.due_on, status: a.status, followUp: a.follow_up, updatedAt: a.updated_at.toISOString() })),
      coachingFeedback:
        given && canReadCoachingAnswers(auth, who) ? { answers: given.answers as unknown as boolean[], comment: given.comment, submittedAt: given.submitted_at.toISOString() } : null,
      coachingFeedbackGiven: given !== undefined,
      createdAt: r.created_at.toISOString(),
      can: {
        updateActions: canUpdateActions(auth, who),
        giveCoachingFeedback: canGiveCoachingFeedback(auth, who) && r.kind === COACHING_KIND && given === undefined,
      },
    };
  });
}
