// The composition root: the work that involves the modules at start-up and in the background
// (migrate, seed the demo, refresh derived organisation data). main.ts, the CLI and the tests
// start here; the platform never does.
export { startHousekeeping } from './housekeeping';
export { openMigratedDatabase, seedDemoIfEmpty } from './open-database';
export { refreshOrganisation } from './refresh-organisation';
