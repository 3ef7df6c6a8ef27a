/**
 * The bench's registry: a section is a named benchmark that returns its figures. Each
 * feature adds its own section in its own file under scripts/bench/ and lists it in
 * `sections.ts`; `scripts/bench.ts` runs them in order and prints one table (or one JSON
 * object with `--json`). Benchmarks measure and report; they never assert on time.
 */

export interface Metric {
  /** Dotted and prefixed with the section's name: "plan.msPerPlan.p95". */
  name: string;
  value: number;
  /** "count", "ms", "plans/s", "tasks"… */
  unit: string;
}

export interface BenchSection {
  /** Prefix of every metric the section reports ("plan"). */
  name: string;
  /** One line for the table's heading. */
  description: string;
  run(): Metric[] | Promise<Metric[]>;
}

/** Run the sections in order; a section's metrics must carry its name as a prefix. */
export async function runSections(sections: readonly BenchSection[]): Promise<Metric[]> {
  const metrics: Metric[] = [];
  for (const section of sections) {
    for (const metric of await section.run()) {
      if (!metric.name.startsWith(`${section.name}.`)) {
        throw new Error(`bench section "${section.name}" reported "${metric.name}" outside its prefix`);
      }
      if (metrics.some((m) => m.name === metric.name)) throw new Error(`duplicate metric "${metric.name}"`);
      metrics.push(metric);
    }
  }
  return metrics;
}

/** A plain-text table: metric, value (right-aligned), unit. */
export function formatTable(metrics: readonly Metric[]): string {
  const rows = [['metric', 'value', 'unit'], ...metrics.map((m) => [m.name, formatValue(m.value), m.unit])];
  const width = (column: number) => Math.max(...rows.map((row) => row[column]!.length));
  const [nameWidth, valueWidth] = [width(0), width(1)];
  const lines = rows.map(
    ([name, value, unit]) => `${name!.padEnd(nameWidth)}  ${value!.padStart(valueWidth)}  ${unit}`,
  );
  lines.splice(1, 0, `${'-'.repeat(nameWidth)}  ${'-'.repeat(valueWidth)}  ${'-'.repeat(width(2))}`);
  return lines.join('\n');
}

/** The figures as one flat JSON object: { "plan.opportunities": 1000, … }. */
export function toJson(metrics: readonly Metric[]): string {
  return JSON.stringify(Object.fromEntries(metrics.map((m) => [m.name, m.value])));
}

function formatValue(value: number): string {
  return Number.isInteger(value)
    ? value.toLocaleString('en-US')
    : value.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

// ---------------------------------------------------------------------------------------
// Statistics helpers for sections

/** The p-th percentile (0–100) of the values, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Round to `digits` decimals, so figures stay readable in JSON too. */
export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
