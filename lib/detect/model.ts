/**
 * The learned part of the classifier: a multinomial logistic regression over the hashed
 * features of `features.ts`, trained by `npm run train:detect` (scripts/train-detect.ts)
 * from the corpus's train split and shipped as `model.json` (weights quantised to one
 * byte each, a scale per label, a calibration temperature). Pure: decoding and scoring use
 * no browser API and no clock.
 */
import { z } from 'zod';
import { EmailLabel } from './email';
import type { Features } from './features';
import { HASH_BITS } from './features';
import modelFile from './model.json';

/** The bars one cautious label (rejection, offer) must clear to be called. */
export const Bar = z.object({
  /** Below this probability it is withheld (shown as a status update). */
  min: z.number().min(0).max(1),
  /** …and below this one too, unless words we know for it (rules.ts) say it. */
  unsaidMin: z.number().min(0).max(1),
});
export type Bar = z.infer<typeof Bar>;
export type CautiousLabel = 'rejection' | 'offer';

export const ModelFile = z.object({
  /** Changes whenever the weights do: "2.<hash>". Stored with verdicts that came from it. */
  version: z.string(),
  /** What it was trained on, for the model card. */
  trainedOn: z.string(),
  labels: z.array(EmailLabel),
  hashBits: z.literal(HASH_BITS),
  /** Softmax temperature fitted on held-out training families (calibration). */
  temperature: z.number().positive(),
  /** The bars a rejection and an offer must clear, each fitted for its own precision. */
  bars: z.object({ rejection: Bar, offer: Bar }),
  /** Per label: weight = byte × scale. */
  scales: z.array(z.number()),
  /** Bucket-major int8 weights (buckets × labels), base64. */
  weights: z.string(),
});
export type ModelFile = z.infer<typeof ModelFile>;

export interface Model {
  version: string;
  labels: EmailLabel[];
  temperature: number;
  bars: Record<CautiousLabel, Bar>;
  /**
   * Bucket-major: weight = weights[bucket * labels.length + label] × scales[label]. The
   * shipped model keeps one signed byte per weight: 0.7 MB that stays in the processor's
   * cache, where floats would not.
   */
  weights: Int8Array | Float32Array;
  scales: Float32Array;
}

/** Decode a model file (checked) into scoring form. */
export function loadModel(file: unknown): Model {
  const m = ModelFile.parse(file);
  const bytes = decodeBase64(m.weights);
  const L = m.labels.length;
  if (bytes.length !== (1 << m.hashBits) * L)
    throw new Error(`model ${m.version}: weights have the wrong size`);
  return {
    version: m.version,
    labels: m.labels,
    temperature: m.temperature,
    bars: m.bars,
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    scales: Float32Array.from(m.scales),
  };
}

let shipped: Model | null = null;
/** The model that ships with the extension, decoded once. */
export function shippedModel(): Model {
  shipped ??= loadModel(modelFile);
  return shipped;
}

/** Raw scores (logits) per label. */
export function logits(model: Model, f: Pick<Features, 'buckets' | 'values' | 'size'>): Float64Array {
  const L = model.labels.length;
  const out = new Float64Array(L);
  const w = model.weights;
  for (let i = 0; i < f.size; i++) {
    const base = f.buckets[i]! * L;
    const v = f.values[i]!;
    for (let l = 0; l < L; l++) out[l]! += w[base + l]! * v;
  }
  for (let l = 0; l < L; l++) out[l]! *= model.scales[l]!;
  return out;
}

/** The scores per label, and how much each source (sender, subject, sentence) gave each label. */
export interface Scores {
  logits: Float64Array;
  /** (source + 3) × labels, scaled: row −3 the shape, −2 the sender, −1 the subject, then sentences. */
  bySource: Float64Array;
}

/** Score an email in one pass, keeping each source's share for the evidence. */
export function score(model: Model, f: Pick<Features, 'buckets' | 'values' | 'sources' | 'size'>): Scores {
  const L = model.labels.length;
  let last = 0;
  for (let i = 0; i < f.size; i++) last = Math.max(last, f.sources[i]!);
  const bySource = new Float64Array((last + 4) * L);
  const w = model.weights;
  for (let i = 0; i < f.size; i++) {
    const base = f.buckets[i]! * L;
    const row = (f.sources[i]! + 3) * L;
    const v = f.values[i]!;
    for (let l = 0; l < L; l++) bySource[row + l]! += w[base + l]! * v;
  }
  const out = new Float64Array(L);
  for (let row = 0; row < bySource.length; row += L) {
    for (let l = 0; l < L; l++) out[l]! += bySource[row + l]! *= model.scales[l]!;
  }
  return { logits: out, bySource };
}

/** Softmax at a temperature: the calibrated probability of each label. */
export function probabilities(scores: ArrayLike<number>, temperature = 1): Float64Array {
  const out = new Float64Array(scores.length);
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i]! / temperature);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    out[i] = Math.exp(scores[i]! / temperature - max);
    sum += out[i]!;
  }
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}

/**
 * How much each source (sender, subject, sentence) pushed `label` above `rival`: the words
 * that carried the verdict. Sorted, strongest first; only sources that helped.
 */
export function contributions(
  scores: Scores,
  labelCount: number,
  label: number,
  rival: number,
): Array<{ source: number; weight: number }> {
  const out: Array<{ source: number; weight: number }> = [];
  for (let row = 0, source = -3; row < scores.bySource.length; row += labelCount, source++) {
    const push = scores.bySource[row + label]! - scores.bySource[row + rival]!;
    if (push > 0) out.push({ source, weight: push });
  }
  return out.sort((a, b) => b.weight - a.weight);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without `atob` or `Buffer`, so it runs the same in Node, a worker and a page. */
export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let j = 0;
  for (let i = 0; i < clean.length; i++) {
    value = (value << 6) | BASE64.indexOf(clean[i]!);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, j);
}

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64[(n >> 18) & 63]! + BASE64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? BASE64[n & 63]! : '=';
  }
  return out;
}
