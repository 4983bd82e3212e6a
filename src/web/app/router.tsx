import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Loading } from '../components/Loading';
import { StatusPage } from '../components/StatusPage';
import { paths } from '../config/paths';
import { RequireAuth, RequireRole } from './guards';
import { AppShell } from './layout/AppShell';
import { RouteError } from './route-error';
import { HomeRoute } from './routes/home';
import { MyAccountRoute } from './routes/my-account';
import { SessionEndedRoute } from './routes/session-ended';
import { SignInRoute } from './routes/sign-in';

// Admin pages are split out: most ASN never open them, so they do not download them.
function lazyRoute(load: () => Promise<ComponentType>) {
  const Component = lazy(async () => ({ default: await load() }));
  return function LazyRoute() {
    return (
      <Suspense fallback={<Loading />}>
        <Component />
      </Suspense>
    );
  };
}

const RolesRoute = lazyRoute(() => import('./routes/roles').then((m) => m.RolesRoute));
const AuditRoute = lazyRoute(() => import('./routes/audit').then((m) => m.AuditRoute));
const SettingsRoute = lazyRoute(() => import('./routes/settings').then((m) => m.SettingsRoute));
const OrganisationRoute = lazyRoute(() => import('./routes/organisation').then((m) => m.OrganisationRoute));
const PegawaiListRoute = lazyRoute(() => import('./routes/pegawai-list').then((m) => m.PegawaiListRoute));
const PegawaiProfileRoute = lazyRoute(() => import('./routes/pegawai-profile').then((m) => m.PegawaiProfileRoute));
const IncompleteChainsRoute = lazyRoute(() => import('./routes/incomplete-chains').then((m) => m.IncompleteChainsRoute));
const ImportsRoute = lazyRoute(() => import('./routes/imports').then((m) => m.ImportsRoute));
const SkpMineRoute = lazyRoute(() => import('./routes/skp-mine').then((m) => m.SkpMineRoute));
const SkpTeamRoute = lazyRoute(() => import('./routes/skp-team').then((m) => m.SkpTeamRoute));
const SkpViewRoute = lazyRoute(() => import('./routes/skp-view').then((m) => m.SkpViewRoute));
const SkpRevisionRoute = lazyRoute(() => import('./routes/skp-revision').then((m) => m.SkpRevisionRoute));
const SkpMatrixRoute = lazyRoute(() => import('./routes/skp-matrix').then((m) => m.SkpMatrixRoute));
const SkpPohonRoute = lazyRoute(() => import('./routes/skp-pohon').then((m) => m.SkpPohonRoute));
const SkpIkuRoute = lazyRoute(() => import('./routes/skp-iku').then((m) => m.SkpIkuRoute));
const RealisationMineRoute = lazyRoute(() => import('./routes/realisation-mine').then((m) => m.RealisationMineRoute));
const RealisationTeamRoute = lazyRoute(() => import('./routes/realisation-team').then((m) => m.RealisationTeamRoute));
const RealisationPeriodRoute = lazyRoute(() => import('./routes/realisation-period').then((m) => m.RealisationPeriodRoute));
const FeedbackRoute = lazyRoute(() => import('./routes/feedback').then((m) => m.FeedbackRoute));
const DialogueRoute = lazyRoute(() => import('./routes/dialogue').then((m) => m.DialogueRoute));
const DialogueViewRoute = lazyRoute(() => import('./routes/dialogue-view').then((m) => m.DialogueViewRoute));
const Feedback360Route = lazyRoute(() => import('./routes/feedback360').then((m) => m.Feedback360Route));
const Feedback360PublicRoute = lazyRoute(() => import('./routes/feedback360-public').then((m) => m.Feedback360PublicRoute));
const NotificationsRoute = lazyRoute(() => import('./routes/notifications').then((m) => m.NotificationsRoute));
const EvaluationMineRoute = lazyRoute(() => import('./routes/evaluation-mine').then((m) => m.EvaluationMineRoute));
const EvaluationResultRoute = lazyRoute(() => import('./routes/evaluation-result').then((m) => m.EvaluationResultRoute));
const EvaluationRatingRoute = lazyRoute(() => import('./routes/evaluation-rating').then((m) => m.EvaluationRatingRoute));
const EvaluationCalibrationRoute = lazyRoute(() => import('./routes/evaluation-calibration').then((m) => m.EvaluationCalibrationRoute));
const EvaluationOrgPredikatRoute = lazyRoute(() => import('./routes/evaluation-org-predikat').then((m) => m.EvaluationOrgPredikatRoute));
const PublicUnitsRoute = lazyRoute(() => import('./routes/public-units').then((m) => m.PublicUnitsRoute));
const PublicUnitRoute = lazyRoute(() => import('./routes/public-unit').then((m) => m.PublicUnitRoute));
const PublicComplaintRoute = lazyRoute(() => import('./routes/public-complaint').then((m) => m.PublicComplaintRoute));
const PublicIkmRoute = lazyRoute(() => import('./routes/public-ikm').then((m) => m.PublicIkmRoute));
const PublicComplaintStatusRoute = lazyRoute(() => import('./routes/public-complaint-status').then((m) => m.PublicComplaintStatusRoute));
const PublicDashboardRoute = lazyRoute(() => import('./routes/public-dashboard').then((m) => m.PublicDashboardRoute));
const ServiceInboxRoute = lazyRoute(() => import('./routes/service-inbox').then((m) => m.ServiceInboxRoute));
const ServiceAssignedRoute = lazyRoute(() => import('./routes/service-assigned').then((m) => m.ServiceAssignedRoute));
const ServiceIkmRoute = lazyRoute(() => import('./routes/service-ikm').then((m) => m.ServiceIkmRoute));
const ServiceComplaintRoute = lazyRoute(() => import('./routes/service-complaint').then((m) => m.ServiceComplaintRoute));
const ServiceUnitDataRoute = lazyRoute(() => import('./routes/service-unit-data').then((m) => m.ServiceUnitDataRoute));

const router = createBrowserRouter([
  { path: paths.signIn, element: <SignInRoute />, errorElement: <RouteError /> },
  { path: paths.sessionEnded, element: <SessionEndedRoute /> },
  // A service user's 360 link works without signing in, like the sign-in page.
  { path: paths.feedback360Public, element: <Feedback360PublicRoute />, errorElement: <RouteError /> },
  // Citizens' pages (public service quality): no account, reached by QR code or link.
  { path: paths.publicUnits, element: <PublicUnitsRoute />, errorElement: <RouteError /> },
  { path: paths.publicUnit, element: <PublicUnitRoute />, errorElement: <RouteError /> },
  { path: paths.publicComplaint, element: <PublicComplaintRoute />, errorElement: <RouteError /> },
  { path: paths.publicIkm, element: <PublicIkmRoute />, errorElement: <RouteError /> },
  { path: paths.complaintStatus, element: <PublicComplaintStatusRoute />, errorElement: <RouteError /> },
  { path: paths.transparency, element: <PublicDashboardRoute />, errorElement: <RouteError /> },
  {
    element: <RequireAuth />,
    errorElement: <RouteError />,
    children: [
      {
        element: <AppShell />,
        children: [
          { path: paths.home, element: <HomeRoute /> },
          { path: paths.myAccount, element: <MyAccountRoute /> },
          { element: <RequireRole page="roles" />, children: [{ path: paths.roles, element: <RolesRoute /> }] },
          { element: <RequireRole page="audit" />, children: [{ path: paths.audit, element: <AuditRoute /> }] },
          { element: <RequireRole page="settings" />, children: [{ path: paths.settings, element: <SettingsRoute /> }] },
          { path: paths.pegawaiList, element: <PegawaiListRoute /> },
          { path: paths.pegawaiProfile, element: <PegawaiProfileRoute /> },
          { element: <RequireRole page="organisation" />, children: [{ path: paths.organisation, element: <OrganisationRoute /> }] },
          { element: <RequireRole page="incompleteChains" />, children: [{ path: paths.incompleteChains, element: <IncompleteChainsRoute /> }] },
          { element: <RequireRole page="imports" />, children: [{ path: paths.imports, element: <ImportsRoute /> }] },
          { path: paths.skpMine, element: <SkpMineRoute /> },
          { path: paths.skpView, element: <SkpViewRoute /> },
          { path: paths.skpRevision, element: <SkpRevisionRoute /> },
          { element: <RequireRole page="skpTeam" />, children: [{ path: paths.skpTeam, element: <SkpTeamRoute /> }] },
          { element: <RequireRole page="skpMatrix" />, children: [{ path: paths.skpMatrix, element: <SkpMatrixRoute /> }] },
          { element: <RequireRole page="pohonKinerja" />, children: [{ path: paths.pohonKinerja, element: <SkpPohonRoute /> }] },
          { element: <RequireRole page="iku" />, children: [{ path: paths.iku, element: <SkpIkuRoute /> }] },
          { path: paths.realisationMine, element: <RealisationMineRoute /> },
          { element: <RequireRole page="realisationTeam" />, children: [{ path: paths.realisationTeam, element: <RealisationTeamRoute /> }] },
          { path: paths.realisationPeriod, element: <RealisationPeriodRoute /> },
          { path: paths.feedback, element: <FeedbackRoute /> },
          { path: paths.dialogue, element: <DialogueRoute /> },
          { path: paths.dialogueView, element: <DialogueViewRoute /> },
          { path: paths.feedback360, element: <Feedback360Route /> },
          { path: paths.notifications, element: <NotificationsRoute /> },
          { path: paths.evaluationMine, element: <EvaluationMineRoute /> },
          { path: paths.evaluationResult, element: <EvaluationResultRoute /> },
          { path: paths.evaluationRating, element: <EvaluationRatingRoute /> },
          { element: <RequireRole page="calibration" />, children: [{ path: paths.calibration, element: <EvaluationCalibrationRoute /> }] },
          { element: <RequireRole page="orgPredikat" />, children: [{ path: paths.orgPredikat, element: <EvaluationOrgPredikatRoute /> }] },
          { path: paths.serviceInbox, element: <ServiceInboxRoute /> },
          { path: paths.serviceAssigned, element: <ServiceAssignedRoute /> },
          { path: paths.serviceIkm, element: <ServiceIkmRoute /> },
          { path: paths.serviceComplaint, element: <ServiceComplaintRoute /> },
          { path: paths.serviceUnitData, element: <ServiceUnitDataRoute /> },
          { path: '*', element: <StatusPage status={404} /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
