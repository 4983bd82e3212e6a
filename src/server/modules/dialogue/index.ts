export { dialogueRoutes } from './dialogue.routes';
