import type { Role } from '../../../shared/roles';

/**
 * Who may call what: every /api route is declared here, once. The app refuses to start when a
 * route is missing, and a test walks every entry × every role.
 * - public: anyone, no session (sign-in, health, the public service pages)
 * - signedIn: any account with a session
 * - roles: a session holding one of these roles; which records it reaches is the module's policy
 * Every write with a session also needs the CSRF token.
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'signedIn'; allowWhilePasswordChangeRequired?: boolean }
  | { kind: 'roles'; roles: readonly Role[] };

const publicAccess: Access = { kind: 'public' };
const signedIn: Access = { kind: 'signedIn' };
const only = (...roles: Role[]): Access => ({ kind: 'roles', roles });

export const routeTable: Record<string, Access> = {
  'GET /api/health': publicAccess,
  'GET /api/openapi.json': publicAccess,
  'POST /api/auth/login': publicAccess,
  'POST /api/auth/logout': { kind: 'signedIn', allowWhilePasswordChangeRequired: true },
  'GET /api/me': { kind: 'signedIn', allowWhilePasswordChangeRequired: true },
  'POST /api/auth/password': { kind: 'signedIn', allowWhilePasswordChangeRequired: true },

  'GET /api/accounts': only('ADMIN_BKPSDM'),
  'POST /api/accounts/:id/roles': only('ADMIN_BKPSDM'),
  'DELETE /api/accounts/:id/roles/:role': only('ADMIN_BKPSDM'),
  'POST /api/accounts/:id/password-reset': only('ADMIN_BKPSDM'),

  'GET /api/audit': only('ADMIN_BKPSDM', 'INSPEKTORAT'),

  'GET /api/settings': only('ADMIN_BKPSDM', 'INSPEKTORAT'),

  'GET /api/units': only('ADMIN_BKPSDM', 'PIMPINAN', 'INSPEKTORAT', 'ADMIN_OPD'),
  'GET /api/units/:id': only('ADMIN_BKPSDM', 'PIMPINAN', 'INSPEKTORAT', 'ADMIN_OPD'),

  // Lists are filtered to the caller's scope; a record outside it is 403 FORBIDDEN_SCOPE.
  'GET /api/pegawai': signedIn,
  'GET /api/pegawai/:id': signedIn,
  'POST /api/pegawai/:id/overrides': only('ADMIN_BKPSDM'),
  'POST /api/pegawai/:id/overrides/:overrideId/end': only('ADMIN_BKPSDM'),
  'POST /api/pegawai/:id/placements': only('ADMIN_BKPSDM', 'ADMIN_OPD'),
  'POST /api/pegawai/:id/absences': only('ADMIN_BKPSDM', 'ADMIN_OPD'),
  'POST /api/jabatan/:id/delegations': only('ADMIN_BKPSDM'),

  'GET /api/years': signedIn,
  'POST /api/years': only('ADMIN_BKPSDM'),
  'POST /api/years/:id/status': only('ADMIN_BKPSDM'),
  'POST /api/periods/:id/status': only('ADMIN_BKPSDM'),

  'GET /api/org-goals': signedIn,
  'POST /api/org-goals': only('ADMIN_BKPSDM', 'PIMPINAN', 'ADMIN_OPD'),
  'PUT /api/org-goals/:id': only('ADMIN_BKPSDM', 'PIMPINAN', 'ADMIN_OPD'),
  'DELETE /api/org-goals/:id': only('ADMIN_BKPSDM', 'PIMPINAN', 'ADMIN_OPD'),

  // SKP: who may act on which SKP follows the chain (owner, penilai), checked in the service.
  'GET /api/skp': signedIn,
  'POST /api/skp': signedIn,
  'GET /api/skp/:id': signedIn,
  'PATCH /api/skp/:id': signedIn,
  'POST /api/skp/:id/rhk': signedIn,
  'PUT /api/skp/:id/rhk/:rhkId': signedIn,
  'DELETE /api/skp/:id/rhk/:rhkId': signedIn,
  'PUT /api/skp/:id/perilaku': signedIn,
  'POST /api/skp/:id/submit': signedIn,
  'POST /api/skp/:id/approve': signedIn,
  'POST /api/skp/:id/return': signedIn,
  'POST /api/skp/:id/revise': signedIn,
  'GET /api/skp/:id/revisions/:revision': signedIn,
  'GET /api/skp/:id/document.pdf': signedIn,
  'GET /api/skp/:id/document.xlsx': signedIn,
  'GET /api/skp-matrix': signedIn,
  'POST /api/skp-matrix/cascade': signedIn,
  'GET /api/pohon-kinerja': only('ADMIN_BKPSDM', 'PIMPINAN', 'INSPEKTORAT', 'ADMIN_OPD'),
  'PUT /api/settings/:key': only('ADMIN_BKPSDM'),

  // Realisation and bukti dukung: owner enters, atasan / penilai review; checked in the service.
  'GET /api/skp/:id/periods/:periodId': signedIn,
  'PUT /api/skp/:id/periods/:periodId/iki/:ikiId': signedIn,
  'POST /api/skp/:id/periods/:periodId/submit': signedIn,
  'POST /api/skp/:id/periods/:periodId/reopen': signedIn,
  'POST /api/skp/:id/periods/:periodId/iki/:ikiId/evidence': signedIn,
  'POST /api/skp/:id/periods/:periodId/iki/:ikiId/evidence-links': signedIn,
  'PUT /api/skp/:id/iki/:ikiId/accumulation': signedIn,
  'GET /api/skp/:id/progress': signedIn,
  'GET /api/evidence/:id/file': signedIn,
  'DELETE /api/evidence/:id': signedIn,
  'POST /api/evidence/:id/review': signedIn,
  'GET /api/team/realisation': signedIn,

  // Feedback, dialogues, 360: scoped by working relation / chain in the services.
  'GET /api/feedback': signedIn,
  'POST /api/feedback': signedIn,
  'GET /api/feedback/recipients': signedIn,
  'GET /api/dialogues': signedIn,
  'POST /api/dialogues': signedIn,
  'GET /api/dialogues/:id': signedIn,
  'PATCH /api/dialogues/:id/actions/:actionId': signedIn,
  'PUT /api/dialogues/:id/coaching-feedback': signedIn,
  'POST /api/feedback360/requests': signedIn,
  'GET /api/feedback360/subjects/:pegawaiId': signedIn,
  'GET /api/feedback360/inbox': signedIn,
  'POST /api/feedback360/requests/:id/answer': signedIn,
  // A service user answers through the one-time link they were given; no account.
  'GET /api/public/feedback360/:token': publicAccess,
  'POST /api/public/feedback360/:token': publicAccess,

  'GET /api/notifications': signedIn,
  'POST /api/notifications/:id/read': signedIn,
  'POST /api/notifications/read-all': signedIn,

  // Evaluation (#6): who may rate, finalise or decide follows the chain, checked in the services.
  'GET /api/org-predikat': signedIn,
  'PUT /api/units/:id/org-predikat': signedIn,
  'GET /api/evaluations': signedIn,
  'GET /api/skp/:id/evaluation': signedIn,
  'PUT /api/skp/:id/evaluation/self-assessment': signedIn,
  'PUT /api/skp/:id/evaluation/ratings': signedIn,
  'GET /api/evaluations/:id': signedIn,
  'POST /api/evaluations/:id/calibration': signedIn,
  'POST /api/evaluations/:id/acknowledge': signedIn,
  'POST /api/evaluations/:id/keberatan': signedIn,
  'POST /api/evaluations/:id/keberatan/statements': signedIn,
  'POST /api/evaluations/:id/keberatan/decision': signedIn,
  'GET /api/keberatan/pending': signedIn,
  'GET /api/evaluations/:id/document.pdf': signedIn,
  'GET /api/pegawai/:id/annual-results': signedIn,
  'GET /api/calibration': signedIn,
  'POST /api/calibration/finalise': signedIn,
  'GET /api/calibration/overview': only('ADMIN_BKPSDM', 'PIMPINAN', 'INSPEKTORAT', 'ADMIN_OPD'),

  // Public service quality (#7). The citizen side needs no account and shows no personal data;
  // staff reach units, complaints and IKM by membership, headship and role, checked in the services.
  'GET /api/public/service-units': publicAccess,
  'GET /api/public/service-units/:slug': publicAccess,
  'GET /api/public/service-units/:slug/qr.svg': publicAccess,
  'POST /api/public/service-units/:slug/complaints': publicAccess,
  'POST /api/public/service-units/:slug/ikm': publicAccess,
  'POST /api/public/service-units/:slug/ikm/token': publicAccess,
  'GET /api/public/complaints/:ticket': publicAccess,
  'GET /api/public/dashboard': publicAccess,
  'GET /api/service-units': signedIn,
  'POST /api/service-units': only('ADMIN_BKPSDM', 'ADMIN_OPD'),
  'GET /api/service-units/:id': signedIn,
  'PATCH /api/service-units/:id': only('ADMIN_BKPSDM', 'ADMIN_OPD'),
  'PUT /api/service-units/:id/members': signedIn,
  'GET /api/service-units/:id/complaints': signedIn,
  'GET /api/service-units/:id/ikm': signedIn,
  'GET /api/service-units/:id/ikm/report.pdf': signedIn,
  'GET /api/service-units/:id/ikm/report.xlsx': signedIn,
  'POST /api/service-units/:id/ikm/bursts/:burstId/decision': only('ADMIN_BKPSDM'),
  'GET /api/complaints/assigned': signedIn,
  'GET /api/complaints/:id': signedIn,
  'GET /api/complaints/:id/photo': signedIn,
  'POST /api/complaints/:id/assign': signedIn,
  'POST /api/complaints/:id/respond': signedIn,
  'POST /api/complaints/:id/resolve': signedIn,
  'POST /api/complaints/:id/reject': signedIn,
  'GET /api/holidays': signedIn,
  'PUT /api/holidays/:date': only('ADMIN_BKPSDM'),
  'DELETE /api/holidays/:date': only('ADMIN_BKPSDM'),
  'POST /api/holidays/national': only('ADMIN_BKPSDM'),

  // Imports: BKPSDM city-wide, an admin OPD into their OPD only (checked row by row: 403 FORBIDDEN_SCOPE).
  'POST /api/imports/units': only('ADMIN_BKPSDM', 'ADMIN_OPD'),
  'POST /api/imports/pegawai': only('ADMIN_BKPSDM', 'ADMIN_OPD'),
  'GET /api/imports/templates/:file': only('ADMIN_BKPSDM', 'ADMIN_OPD'),
};

export const routeKey = (method: string, url: string) => `${method.toUpperCase()} ${url}`;
