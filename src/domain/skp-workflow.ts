/**
 * The SKP workflow (PermenPANRB 6/2022 planning stage; BKN e-Kinerja "Ajukan SKP" → persetujuan):
 * draft → diajukan → disetujui, or dikembalikan with a note → revised → diajukan again. An approved
 * SKP is locked; changing it opens a new revision, which needs approval again.
 * One table, so every workflow change is checked in one place.
 */
import { allowedActions, nextStatus, type TransitionTable } from './workflow';

export const skpStatuses = ['DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DISETUJUI'] as const;
export type SkpStatus = (typeof skpStatuses)[number];
export type SkpAction = 'submit' | 'approve' | 'return' | 'revise';
export type SkpActor = 'owner' | 'penilai';

export const skpTransitions: TransitionTable<SkpAction, SkpStatus, SkpActor> = {
  submit: { from: ['DRAFT', 'DIKEMBALIKAN'], to: 'DIAJUKAN', by: ['owner'] },
  approve: { from: ['DIAJUKAN'], to: 'DISETUJUI', by: ['penilai'] },
  return: { from: ['DIAJUKAN'], to: 'DIKEMBALIKAN', by: ['penilai'] },
  revise: { from: ['DISETUJUI'], to: 'DRAFT', by: ['owner'] },
};

/** The status after `action`, or null when the table does not allow it from `status`. */
export function nextSkpStatus(status: SkpStatus, action: SkpAction): SkpStatus | null {
  return nextStatus(skpTransitions, status, action);
}

/** Content (RHK, IKI, perilaku, lampiran) is editable only by the owner, and only while drafting. */
export function isSkpEditable(status: SkpStatus): boolean {
  return status === 'DRAFT' || status === 'DIKEMBALIKAN';
}

/** The actions a caller may take now, for the reply's `can`. */
export function allowedSkpActions(status: SkpStatus, actors: ReadonlySet<SkpActor>): SkpAction[] {
  return allowedActions(skpTransitions, status, actors);
}
