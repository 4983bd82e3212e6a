export { feedbackRoutes } from './feedback.routes';
export { listFeedbackOnSkp } from './feedback.service';
