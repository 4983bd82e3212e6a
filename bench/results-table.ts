import type { ImportOutcome } from './scale-run';
import type { ScenarioOutcome } from './scenario-runner';

interface Column<T> {
  header: string;
  align: 'left' | 'right';
  cell(row: T): string;
}

const SCENARIO_COLUMNS: Column<ScenarioOutcome>[] = [
  { header: 'database', align: 'left', cell: (o) => o.database },
  { header: 'scenario', align: 'left', cell: (o) => o.scenario },
  { header: 'connections', align: 'right', cell: (o) => String(o.connections) },
  { header: 'requests/s (mean)', align: 'right', cell: (o) => formatNumber(o.requestsPerSecond) },
  { header: 'p50 ms', align: 'right', cell: (o) => formatNumber(o.latencyMs.p50) },
  { header: 'p97.5 ms', align: 'right', cell: (o) => formatNumber(o.latencyMs.p97_5) },
  { header: 'p99 ms', align: 'right', cell: (o) => formatNumber(o.latencyMs.p99) },
  { header: 'responses', align: 'right', cell: (o) => o.responses.toLocaleString('en-US') },
  { header: 'non-2xx', align: 'right', cell: formatNon2xx },
  { header: 'errors', align: 'right', cell: (o) => (o.timeouts > 0 ? `${o.errors} (${o.timeouts} timeouts)` : String(o.errors)) },
];

const seconds = (value: number | null) => (value === null ? '–' : value.toFixed(1));

const IMPORT_COLUMNS: Column<ImportOutcome>[] = [
  { header: 'database', align: 'left', cell: (o) => o.database },
  { header: 'import', align: 'left', cell: (o) => o.file },
  { header: 'rows', align: 'right', cell: (o) => o.rows.toLocaleString('en-US') },
  { header: 'rows/s', align: 'right', cell: (o) => formatNumber(o.rows / o.serviceSeconds) },
  { header: 'service s', align: 'right', cell: (o) => seconds(o.serviceSeconds) },
  { header: 'parse s', align: 'right', cell: (o) => seconds(o.parseSeconds) },
  { header: 'validate s', align: 'right', cell: (o) => seconds(o.validateSeconds) },
  { header: 'write rows s', align: 'right', cell: (o) => seconds(o.writeRowsSeconds) },
  { header: 'chains + commit s', align: 'right', cell: (o) => seconds(o.afterRowsSeconds) },
  { header: 'process wall s', align: 'right', cell: (o) => seconds(o.wallSeconds) },
];

/** The HTTP rows: a GitHub-flavoured Markdown table, padded so it also reads well in a terminal. */
export function renderResultsTable(outcomes: ScenarioOutcome[]): string {
  return renderTable(SCENARIO_COLUMNS, outcomes);
}

/** The import rows: rows per second of the service call, and where the time went. */
export function renderImportTable(imports: ImportOutcome[]): string {
  return renderTable(IMPORT_COLUMNS, imports);
}

function renderTable<T>(columns: Column<T>[], data: T[]): string {
  const rows = data.map((item) => columns.map((column) => escapeCell(column.cell(item))));
  const widths = columns.map((column, i) => Math.max(column.header.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (columns[i]?.align === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${columns
    .map((column, i) => {
      const dashes = '-'.repeat(widths[i] ?? 0);
      return column.align === 'right' ? ` ${dashes.slice(1)}: ` : ` ${dashes} `;
    })
    .join('|')}|`;
  return [line(columns.map((column) => column.header)), rule, ...rows.map(line)].join('\n');
}

/** Three significant digits for small values, whole numbers from 100 up. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value >= 100) return Math.round(value).toLocaleString('en-US');
  return Number(value.toPrecision(3)).toString();
}

function formatNon2xx(outcome: ScenarioOutcome): string {
  if (outcome.non2xx === 0) return '0';
  const byStatus = Object.entries(outcome.non2xxByStatus)
    .map(([status, count]) => `${status}×${count}`)
    .join(', ');
  return `${outcome.non2xx} (${byStatus})`;
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|');
}
