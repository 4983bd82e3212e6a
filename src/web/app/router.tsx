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

const router = createBrowserRouter([
  { path: paths.signIn, element: <SignInRoute />, errorElement: <RouteError /> },
  { path: paths.sessionEnded, element: <SessionEndedRoute /> },
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
          { path: '*', element: <StatusPage status={404} /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
