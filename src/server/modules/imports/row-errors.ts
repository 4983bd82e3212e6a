import type { ImportRowError } from '../../../shared/schemas/imports';

/** Every problem found in a file, each with the row and the column as the file names it. */
export class RowErrors {
  private readonly found: { error: ImportRowError; order: number }[] = [];
  constructor(
    private readonly label: (column: string) => string,
    private readonly columnOrder: readonly string[] = [],
  ) {}

  add(row: number, column: string, reason: string): void {
    const order = this.columnOrder.indexOf(column);
    this.found.push({ error: { row, column: this.label(column), reason }, order: order < 0 ? this.columnOrder.length : order });
  }

  get size(): number {
    return this.found.length;
  }

  /** By row, then in the kind's column order, as a person goes through the sheet. */
  sorted(): ImportRowError[] {
    return [...this.found].sort((a, b) => a.error.row - b.error.row || a.order - b.order).map((f) => f.error);
  }
}
