// The bench's result table: one row per measure, with its budget when DESIGN.md sets one.

export interface BenchRow {
  section: string;
  measure: string;
  value: number;
  unit: 'ms' | 'kB' | 'MB' | '×' | '';
  /** Absent: reported, not checked. */
  budget?: number;
  /** Where the value comes from, or the numbers behind it. */
  note?: string;
}

/** A row breaks its budget when its value is above it, or is not a number at all (a failed run). */
export function isOverBudget(row: BenchRow): boolean {
  return row.budget !== undefined && !(row.value <= row.budget);
}

export function formatValue(value: number, unit: BenchRow['unit']): string {
  if (Number.isNaN(value)) return 'n/a';
  if (!Number.isFinite(value)) return '∞';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 0.1 ? 2 : 4;
  return `${value.toFixed(digits)}${unit === '' ? '' : ` ${unit}`}`;
}

/** Rows as aligned text; broken budgets say so in capitals. */
export function formatRows(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [
    r.section,
    r.measure,
    formatValue(r.value, r.unit),
    r.budget === undefined ? '' : `≤ ${formatValue(r.budget, r.unit)}`,
    r.budget === undefined ? '' : isOverBudget(r) ? 'OVER BUDGET' : 'ok',
    r.note ?? '',
  ]);
  const header = ['section', 'measure', 'value', 'budget', '', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => (i === 2 || i === 3 ? x.padStart(widths[i] as number) : i === c.length - 1 ? x : x.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line)].join('\n');
}
