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

/** Precision, recall and F1 per label, macro-F1 over the labels present, and the confusion matrix. */
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
  const present = perLabel.filter((s) => s.support > 0);
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
