export { orgGoalsRoutes } from './org-goals.routes';
export { createOrgGoalsService } from './org-goals.service';
