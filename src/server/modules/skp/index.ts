export { skpRoutes } from './skp.routes';
export { createCascadeService } from './cascade.service';
export { createSkpService } from './skp.service';
export { endSkpOnTransfer } from './skp-transfer';
export { loadReadableSkp, type ReadableSkp } from './skp-access';
// The plan in force (the approved revision while a newer one is drafted): what realisation, capaian and the evaluation read.
export { planInForce, plansInForce, type PlanIndicator, type PlanInForce } from './approved-plan';
// The printed name of an IKI aspect, so the evaluation document names aspects as the SKP does.
export { aspekLabel } from './documents/skp-format';
