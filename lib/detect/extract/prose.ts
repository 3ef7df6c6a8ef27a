/**
 * Text preparation: unwrap lines a mail client hard-wrapped, split the text into sentences
 * (with their positions, so a date found in the text can be tied to its sentence), and strip
 * reply/forward prefixes from a subject.
 */

/** Join lines a mail client wrapped (long line, no closing punctuation, next line a continuation). */
export function unwrap(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      prev.trim().length >= 40 &&
      !/[.!?:;]\s*$/.test(prev) &&
      line.trim() !== '' &&
      !/^\s*(?:[-*•>]|\d+[.)]\s|[A-Z][\w ]{0,20}:\s|[A-Z][A-Z-]+[:;])/.test(line)
    ) {
      out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Whether it holds a date word or a clock (dates.ts), worked out once for all readers. */
  dateCue?: boolean;
  timeCue?: boolean;
}

const ABBREVIATIONS =
  /(?:^|[\s(])(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|st|e\.g|i\.e|inc|approx|no|lun|mer|jeu|ven|sam|dim|di|mi|do|fr|sa|so|ca|bzw|z\.b|sr|sra|[a-z])\.$/i;

/** Sentences with their positions; lines are boundaries too. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    const base = line.index;
    const s = line[0];
    let from = 0;
    const stopRe = /[.!?]+(?=\s+|$)/g;
    for (let stop = stopRe.exec(s); stop; stop = stopRe.exec(s)) {
      const end = stop.index + stop[0].length;
      const piece = s.slice(from, end);
      if (stop[0] === '.' && ABBREVIATIONS.test(piece)) continue;
      if (stop[0] === '.' && /\d\.$/.test(piece) && /^\s+\d/.test(s.slice(end))) continue;
      // A German or Scandinavian ordinal ("Dienstag, 10. März") ends no sentence.
      if (stop[0] === '.' && /(?<![\d.])\d{1,2}\.$/.test(piece) && /^\s+\p{L}/u.test(s.slice(end))) continue;
      pushSentence(out, s, base, from, end);
      from = end;
    }
    pushSentence(out, s, base, from, s.length);
  }
  return out;
}

function pushSentence(out: Sentence[], line: string, base: number, from: number, to: number): void {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body === '') return;
  out.push({ text: body, start: base + from + lead, end: base + from + lead + body.length });
}

export function stripSubjectPrefixes(subject: string): string {
  return subject.replace(/^\s*(?:(?:re|fwd?|fw|aw|wg|tr|rv|sv|vs)\s*(?:\[\d+\])?\s*:\s*)+/i, '').trim();
}
