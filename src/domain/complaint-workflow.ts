/**
 * Complaint handling (issue #7, SP4N-LAPOR! practice): diterima → didisposisikan to a pegawai →
 * ditanggapi (first response) → selesai, or ditolak with a reason. One table, so every change of a
 * complaint's status is checked in one place. The head of the service unit (or a coordinator)
 * dispatches; the assigned pegawai or the head answers.
 */
import { allowedActions, nextStatus, type TransitionTable } from './workflow';

export const complaintStatuses = ['DITERIMA', 'DIDISPOSISIKAN', 'DITANGGAPI', 'SELESAI', 'DITOLAK'] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];
export type ComplaintAction = 'assign' | 'respond' | 'resolve' | 'reject';
export type ComplaintActor = 'head' | 'assignee';

export const complaintTransitions: TransitionTable<ComplaintAction, ComplaintStatus, ComplaintActor> = {
  assign: { from: ['DITERIMA', 'DIDISPOSISIKAN'], to: 'DIDISPOSISIKAN', by: ['head'] },
  respond: { from: ['DITERIMA', 'DIDISPOSISIKAN', 'DITANGGAPI'], to: 'DITANGGAPI', by: ['head', 'assignee'] },
  resolve: { from: ['DITERIMA', 'DIDISPOSISIKAN', 'DITANGGAPI'], to: 'SELESAI', by: ['head', 'assignee'] },
  reject: { from: ['DITERIMA', 'DIDISPOSISIKAN', 'DITANGGAPI'], to: 'DITOLAK', by: ['head', 'assignee'] },
};

/** Selesai and ditolak close the complaint: the resolution clock stops. */
export const isClosed = (status: ComplaintStatus) => status === 'SELESAI' || status === 'DITOLAK';

/** The status after `action`, or null when the table does not allow it from `status`. */
export function nextComplaintStatus(status: ComplaintStatus, action: ComplaintAction): ComplaintStatus | null {
  return nextStatus(complaintTransitions, status, action);
}

/** What these actors may do now (for the reply's `can`). */
export function allowedComplaintActions(status: ComplaintStatus, actors: ReadonlySet<ComplaintActor>): ComplaintAction[] {
  return allowedActions(complaintTransitions, status, actors);
}
