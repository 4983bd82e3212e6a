/** Every query key of the evaluation feature starts with 'evaluation', so one invalidation refreshes them all. */
export const evaluationKeys = {
  all: ['evaluation'] as const,
  bySkp: (skpId: string, periodId: string) => ['evaluation', 'skp', skpId, periodId] as const,
  byId: (evaluationId: string) => ['evaluation', 'id', evaluationId] as const,
  mine: (year: number) => ['evaluation', 'mine', year] as const,
  calibration: (periodId: string) => ['evaluation', 'calibration', periodId] as const,
  orgPredikat: (year: number, periodId: string, parentId: string) => ['evaluation', 'org-predikat', year, periodId, parentId] as const,
  queue: () => ['evaluation', 'keberatan-queue'] as const,
};

export const skpEvaluationPath = (skpId: string) => `/skp/${encodeURIComponent(skpId)}/evaluation`;
export const evaluationPath = (evaluationId: string) => `/evaluations/${encodeURIComponent(evaluationId)}`;
