export { evaluationRoutes } from './evaluation.routes';
export { calibrationRoutes } from './calibration.routes';
