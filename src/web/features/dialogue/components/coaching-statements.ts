import { COACHING_STATEMENT_COUNT } from '../../../../shared/schemas/dialogue';

/** i18n keys of the nine B.1.8 statements, in the order of the form (PermenPANRB 6/2022 Lampiran). */
export const coachingStatementKeys = Array.from({ length: COACHING_STATEMENT_COUNT }, (_, i) => `dialogue.coaching.s${i + 1}`);
