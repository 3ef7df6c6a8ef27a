import { type EmailLabel, EmailLabel as Labels } from './email';

export interface LabelScore {
  label: EmailLabel;
  precision: number;
  recall: number;
  f1: number;
  /** How many emails truly carry this label. */
  support: number;
}

export interface Evaluation {
  perLabel: LabelScore[];
  macroF1: number;
  accuracy: number;
  /** confusion[expected][predicted] = count. */
  confusion: Record<EmailLabel, Record<EmailLabel, number>>;
}

const labels = Labels.options;
/** Macro-F1 averages over labels with at least this many examples (when any have). */
export const MIN_SUPPORT = 10;

/** Precision, recall and F1 per label, macro-F1 over the labels with ten or more examples, and the confusion matrix. */
export function evaluate(pairs: ReadonlyArray<{ expected: EmailLabel; predicted: EmailLabel }>): Evaluation {
  const confusion = Object.fromEntries(
    labels.map((e) => [e, Object.fromEntries(labels.map((p) => [p, 0]))]),
  ) as Evaluation['confusion'];
  for (const { expected, predicted } of pairs) confusion[expected][predicted]++;

  const perLabel = labels.map((label): LabelScore => {
    const truePositive = confusion[label][label];
    const predictedAs = labels.reduce((sum, e) => sum + confusion[e][label], 0);
    const support = labels.reduce((sum, p) => sum + confusion[label][p], 0);
    const precision = predictedAs === 0 ? (support === 0 ? 1 : 0) : truePositive / predictedAs;
    const recall = support === 0 ? 1 : truePositive / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, precision, recall, f1, support };
  });
  // Labels with a handful of examples swing the average on one email: count those with ten or more.
  const counted = perLabel.filter((s) => s.support >= MIN_SUPPORT);
  const present = counted.length > 0 ? counted : perLabel.filter((s) => s.support > 0);
  const correct = labels.reduce((sum, l) => sum + confusion[l][l], 0);
  return {
    perLabel,
    macroF1: present.reduce((sum, s) => sum + s.f1, 0) / Math.max(1, present.length),
    accuracy: pairs.length === 0 ? 0 : correct / pairs.length,
    confusion,
  };
}

/** The evaluation as a readable report: a per-label table, then the confusion matrix. */
export function formatEvaluation(result: Evaluation, total: number): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const lines = [
    `${'label'.padEnd(22)} precision  recall      F1  support`,
    ...result.perLabel.map(
      (s) =>
        `${s.label.padEnd(22)} ${pct(s.precision)}   ${pct(s.recall)} ${pct(s.f1)}  ${String(s.support).padStart(7)}`,
    ),
    '',
    `macro-F1 ${pct(result.macroF1).trim()} · accuracy ${pct(result.accuracy).trim()} · ${total} emails`,
    '',
    'confusion (rows: expected, columns: predicted)',
  ];
  const short = labels.map((l) => l.slice(0, 6));
  lines.push(`${''.padEnd(22)}${short.map((s) => s.padStart(7)).join('')}`);
  for (const expected of labels) {
    lines.push(
      `${expected.padEnd(22)}${labels.map((p) => String(result.confusion[expected][p] || '.').padStart(7)).join('')}`,
    );
  }
  return lines.join('\n');
}

export interface Calibration {
  /** Expected calibration error: the gap between confidence and accuracy, weighted by bin size. */
  ece: number;
  bins: Array<{ from: number; to: number; count: number; confidence: number; accuracy: number }>;
}

/** How far stated confidence matches how often verdicts are right, in ten bins. */
export function calibration(verdicts: ReadonlyArray<{ confidence: number; correct: boolean }>): Calibration {
  const bins = Array.from({ length: 10 }, (_, i) => ({
    from: i / 10,
    to: (i + 1) / 10,
    count: 0,
    confidence: 0,
    accuracy: 0,
  }));
  for (const v of verdicts) {
    const bin = bins[Math.min(9, Math.floor(v.confidence * 10))]!;
    bin.count++;
    bin.confidence += v.confidence;
    bin.accuracy += v.correct ? 1 : 0;
  }
  let ece = 0;
  for (const bin of bins) {
    if (bin.count === 0) continue;
    bin.confidence /= bin.count;
    bin.accuracy /= bin.count;
    ece += (bin.count / Math.max(1, verdicts.length)) * Math.abs(bin.confidence - bin.accuracy);
  }
  return { ece, bins };
}
