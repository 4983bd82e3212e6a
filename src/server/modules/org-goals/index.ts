export { orgGoalsRoutes } from './org-goals.routes';
