/**
 * The evaluation workflow (PermenPANRB 6/2022 stage 3; PP 30/2019 Pasal 59 for the keberatan):
 * the pegawai may reflect first (penilaian diri, DRAFT), the pejabat penilai rates (DINILAI) and
 * finalises the whole group under the kurva distribusi (DIFINALISASI, locked), the pegawai accepts
 * (DITERIMA) or objects within the window (KEBERATAN), and the atasan pejabat penilai decides
 * (DIPUTUS, final). One table, so every workflow change is checked in one place.
 */
import { allowedActions, nextStatus, type TransitionTable } from './workflow';

export const evaluationStatuses = ['DRAFT', 'DINILAI', 'DIFINALISASI', 'DITERIMA', 'KEBERATAN', 'DIPUTUS'] as const;
export type EvaluationStatus = (typeof evaluationStatuses)[number];
export type EvaluationAction = 'rate' | 'finalise' | 'acknowledge' | 'object' | 'decide';
export type EvaluationActor = 'owner' | 'penilai' | 'atasanPenilai';

export const evaluationTransitions: TransitionTable<EvaluationAction, EvaluationStatus, EvaluationActor> = {
  rate: { from: ['DRAFT', 'DINILAI'], to: 'DINILAI', by: ['penilai'] },
  finalise: { from: ['DINILAI'], to: 'DIFINALISASI', by: ['penilai'] },
  acknowledge: { from: ['DIFINALISASI'], to: 'DITERIMA', by: ['owner'] },
  object: { from: ['DIFINALISASI'], to: 'KEBERATAN', by: ['owner'] },
  decide: { from: ['KEBERATAN'], to: 'DIPUTUS', by: ['atasanPenilai'] },
};

/** The status after `action`, or null when the table does not allow it from `status`. */
export function nextEvaluationStatus(status: EvaluationStatus, action: EvaluationAction): EvaluationStatus | null {
  return nextStatus(evaluationTransitions, status, action);
}

/** Ratings (per RHK and overall) change only until the group is finalised; after that only a keberatan decision changes them. */
export function areRatingsEditable(status: EvaluationStatus): boolean {
  return status === 'DRAFT' || status === 'DINILAI';
}

/** Penilaian diri comes before the penilai rates: once rated, the pegawai's view is kept as it was. */
export function isSelfAssessmentOpen(status: EvaluationStatus): boolean {
  return status === 'DRAFT';
}

/** Finalised: the document is official and the ratings are locked (a keberatan may still change them once). */
export function isFinalised(status: EvaluationStatus): boolean {
  return !areRatingsEditable(status);
}

/** The actions a caller may take now, for the reply's `can`. */
export function allowedEvaluationActions(status: EvaluationStatus, actors: ReadonlySet<EvaluationActor>): EvaluationAction[] {
  return allowedActions(evaluationTransitions, status, actors);
}
