import type { z } from 'zod';
import type { calibrationMember, curveViolation, myEvaluations } from '../../../../shared/schemas/evaluation';

export type { CalibrationView, EvaluationView, KeberatanView, OrgPredikatView, RatingsInput, SelfAssessmentInput } from '../../../../shared/schemas/evaluation';
export type { Predikat, Rating } from '../../../../domain/predikat';
export type { OrgPredikat } from '../../../../domain/kurva';
export type CalibrationMember = z.infer<typeof calibrationMember>;
export type CurveViolation = z.infer<typeof curveViolation>;
export type MyEvaluations = z.infer<typeof myEvaluations>;
