import { AppError } from '../../../platform/errors';
import type { Cell } from './cells';

/** One row of a sheet: its spreadsheet row number (1-based, the header counts) and its cells. */
export interface SheetRecord {
  line: number;
  cells: Cell[];
}

/** The file itself is unusable (not CSV/XLSX, broken, empty): 400 with the reason. */
export const fileError = (message: string) => new AppError('VALIDATION_FAILED', [{ path: 'file', message }]);
