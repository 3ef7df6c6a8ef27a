/**
 * `npm run train:detect`: train the email classifier's model from the corpus and write
 * lib/detect/model.json. Deterministic: same corpus, same weights, byte for byte.
 *
 * What it learns from: the `train` split only (generated families never held out, plus the
 * hand-written inbox and outcomes files). The `test` families and the hand-written
 * interviews file are never read here.
 *
 * How: multinomial logistic regression over the hashed features of lib/detect/features.ts,
 * `--verbose` prints the out-of-fold figures; `--errors LABEL` lists the out-of-fold misses
 * in or out of LABEL (training emails only: the test split is never read here).
 *
 * The model is trained by AdaGrad with class-balanced weights, L2 on touched weights and feature dropout.
 * Five models, each trained without a fifth of the families, give a verdict on every
 * training email they did not see; the calibration temperature and the bars a rejection or
 * offer must clear are fitted on those. Then the model is trained on everything it may see.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EmailLabel as Labels } from '../lib/detect/email';
import { type Features, featuresOf, HASH_BITS } from '../lib/detect/features';
import { decide } from '../lib/detect/classify';
import { evaluate, formatEvaluation } from '../lib/detect/evaluate';
import {
  type Bar,
  type CautiousLabel,
  encodeBase64,
  logits,
  type Model,
  type ModelFile,
  probabilities,
} from '../lib/detect/model';
import { type CorpusEmail, loadCorpus } from './support/corpus';
import { hashString } from './corpus/kit';

const EPOCHS = 18;
const RATE = 0.4;
const L2 = 2e-6;
const SEED = 20261203;
/** Folds by family for calibration (see below). */
const FOLDS = 5;
/**
 * Share of features left out of each example at each step (dropout): ten emails of one
 * template share most words, and the model must learn more than one cue per label to
 * recognise a family it never saw.
 */
const DROPOUT = Number(process.env.DROPOUT ?? 0.7);
/** Rejections and offers must reach this precision on the calibration families. */
const CAUTIOUS_PRECISION = 0.97;

const labels = Labels.options;
const L = labels.length;
const D = 1 << HASH_BITS;

/** Which emails the model may learn from (see the file comment). */
export function trainable(email: CorpusEmail): boolean {
  if (email.split === 'train') return true;
  return email.split === 'handwritten' && !email.id.startsWith('int-');
}

interface Example {
  email: CorpusEmail;
  f: Features;
  y: number;
  group: string;
}

function train(examples: Example[], seed: number): Float64Array {
  const w = new Float64Array(D * L);
  const g2 = new Float64Array(D * L).fill(1e-8);
  const counts = new Array<number>(L).fill(0);
  for (const e of examples) counts[e.y]!++;
  const classWeight = counts.map((n) => (n === 0 ? 0 : examples.length / (L * n)));
  const order = examples.map((_, i) => i);
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const scores = new Float64Array(L);
  const keep = new Uint8Array(Math.max(...examples.map((e) => e.f.size), 1));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { f, y } = examples[index]!;
      scores.fill(0);
      for (let k = 0; k < f.size; k++) keep[k] = random() >= DROPOUT ? 1 : 0;
      for (let k = 0; k < f.size; k++) {
        if (!keep[k]) continue;
        const base = f.buckets[k]! * L;
        const v = f.values[k]!;
        for (let l = 0; l < L; l++) scores[l]! += w[base + l]! * v;
      }
      const p = probabilities(scores);
      const cw = classWeight[y]!;
      for (let k = 0; k < f.size; k++) {
        if (!keep[k]) continue;
        const base = f.buckets[k]! * L;
        const v = f.values[k]!;
        for (let l = 0; l < L; l++) {
          const at = base + l;
          const grad = cw * (p[l]! - (l === y ? 1 : 0)) * v + L2 * w[at]!;
          g2[at]! += grad * grad;
          w[at]! -= (RATE * grad) / Math.sqrt(g2[at]!);
        }
      }
    }
  }
  return w;
}

type Bars = Record<CautiousLabel, Bar>;

function asModel(w: Float64Array, temperature: number, bars: Bars): Model {
  return {
    version: 'training',
    labels: [...labels],
    temperature,
    bars,
    weights: Float32Array.from(w),
    scales: new Float32Array(L).fill(1),
  };
}

/** An example with the model that did not see it (its fold's), for calibration. */
interface OutOfFold {
  example: Example;
  weights: Float64Array;
  /** Raw scores from that model. */
  scores: Float64Array;
}

/** The temperature that makes the probabilities honest on examples the model did not see. */
function fitTemperature(held: OutOfFold[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.3; t <= 6; t += 0.05) {
    let loss = 0;
    for (const h of held) loss -= Math.log(Math.max(1e-12, probabilities(h.scores, t)[h.example.y]!));
    if (loss < bestLoss) {
      bestLoss = loss;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

/** Every verdict the whole decision (guards and bars included) gives on unseen folds. */
function outOfFoldVerdicts(held: OutOfFold[], temperature: number, bars: Bars) {
  const models = new Map<Float64Array, Model>();
  return held.map((h) => {
    let model = models.get(h.weights);
    if (!model) models.set(h.weights, (model = asModel(h.weights, temperature, bars)));
    const verdict = decide(h.example.f, model);
    return { expected: h.example.email.label, predicted: verdict.label, verdict, email: h.example.email };
  });
}

/**
 * The bars a rejection and an offer must clear (classify.ts), each label's own: the pair at
 * which it reaches the precision we promise on the unseen folds, keeping the most of them.
 * A withheld one becomes a status update, never the other cautious label, so the two are
 * fitted one at a time.
 */
function fitCautious(held: OutOfFold[], temperature: number): Bars {
  const bars: Bars = { rejection: { min: 0.9, unsaidMin: 1 }, offer: { min: 0.9, unsaidMin: 1 } };
  for (const label of ['rejection', 'offer'] as const) {
    let bestFound = -1;
    for (let min = 0.3; min <= 0.951; min += 0.05) {
      for (let unsaid = min; unsaid <= 1.001; unsaid += 0.05) {
        const bar = { min: round(min), unsaidMin: round(unsaid) };
        const verdicts = outOfFoldVerdicts(held, temperature, { ...bars, [label]: bar });
        const called = verdicts.filter((v) => v.predicted === label);
        const right = called.filter((v) => v.expected === label).length;
        const precise = called.length === 0 || right / called.length >= CAUTIOUS_PRECISION;

        if (precise && right > bestFound) [bars[label], bestFound] = [bar, right];
      }
    }
  }
  return bars;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function quantize(w: Float64Array, temperature: number, bars: Bars, trainedOn: string): ModelFile {
  const scales = labels.map((_, l) => {
    let max = 0;
    for (let b = 0; b < D; b++) max = Math.max(max, Math.abs(w[b * L + l]!));
    return max / 127 || 1;
  });
  const bytes = new Uint8Array(D * L);
  for (let i = 0; i < bytes.length; i++) {
    const q = Math.max(-127, Math.min(127, Math.round(w[i]! / scales[i % L]!)));
    bytes[i] = q < 0 ? q + 256 : q;
  }
  const weights = encodeBase64(bytes);
  return {
    // The version changes with anything that changes a verdict: weights, temperature, bars.
    version: `2.${hashString(`${weights}${temperature}${JSON.stringify(bars)}`).toString(36)}`,
    trainedOn,
    labels: [...labels],
    hashBits: HASH_BITS,
    temperature,
    bars,
    scales: scales.map((s) => Number(s.toPrecision(6))),
    weights,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  const corpus = loadCorpus().filter(trainable);
  const examples: Example[] = corpus.map((email) => ({
    email,
    f: featuresOf(email),
    y: labels.indexOf(email.label),
    group: email.family ?? email.id,
  }));
  // Calibration on mail each model never saw: five folds by family, each model trained on
  // the other four; the temperature and the bars are fitted on all the out-of-fold verdicts.
  const fold = (e: Example) => hashString(`fold:${e.group}`) % FOLDS;
  const held: OutOfFold[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const weights = train(
      examples.filter((e) => fold(e) !== k),
      SEED + k,
    );
    const model = asModel(weights, 1, {
      rejection: { min: 0, unsaidMin: 0 },
      offer: { min: 0, unsaidMin: 0 },
    });
    for (const example of examples.filter((e) => fold(e) === k)) {
      held.push({ example, weights, scores: logits(model, example.f) });
    }
  }
  const temperature = fitTemperature(held);
  const bars = fitCautious(held, temperature);
  const verdicts = outOfFoldVerdicts(held, temperature, bars);
  const heldScore = evaluate(verdicts);
  // `--errors LABEL`: the training emails wrongly called LABEL, or LABEL called something else.
  const errors = process.argv.includes('--errors')
    ? process.argv[process.argv.indexOf('--errors') + 1]
    : null;
  for (const v of verdicts) {
    if (!errors || v.expected === v.predicted || (v.expected !== errors && v.predicted !== errors)) continue;
    const why = v.verdict.evidence[0]?.quote.slice(0, 100) ?? '';
    console.log(`${v.email.id} expected ${v.expected} got ${v.predicted} (${v.verdict.confidence}) "${why}"`);
  }

  const final = train(examples, SEED);
  const families = new Set(corpus.map((e) => e.family ?? e.id.slice(0, 4))).size;
  const file = quantize(
    final,
    temperature,
    bars,
    `${corpus.length} emails of the train split (${families} template families and hand-written files); test families and the hand-written interviews file never seen`,
  );
  writeFileSync(resolve('lib/detect/model.json'), `${JSON.stringify(file)}\n`);
  console.log(
    [
      `trained on ${examples.length} emails; calibrated on ${FOLDS} folds by family`,
      `out of fold: accuracy ${(100 * heldScore.accuracy).toFixed(1)}%, macro-F1 ${(100 * heldScore.macroF1).toFixed(1)}%`,
      ...(process.argv.includes('--verbose') ? [formatEvaluation(heldScore, held.length)] : []),
      `temperature ${temperature}; bars: ${Object.entries(bars)
        .map(([label, bar]) => `${label} ${bar.min} (${bar.unsaidMin} unless said in words we know)`)
        .join(', ')}`,
      `wrote lib/detect/model.json (${file.version}, ${(file.weights.length / 1024).toFixed(0)} KiB of weights) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    ].join('\n'),
  );
}
