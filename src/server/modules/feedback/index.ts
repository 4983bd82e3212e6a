export { feedbackRoutes } from './feedback.routes';
export { listFeedbackOnSkp, type FeedbackOnSkpRow } from './feedback.service';
export { createFeedbackService } from './feedback.service';
