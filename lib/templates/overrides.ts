import { TemplateOverride } from '../model';
import { defaultTemplate } from './catalog';
import { PLACEHOLDERS } from './values';

const known: ReadonlySet<string> = new Set(PLACEHOLDERS);
const BRACES = /\{([^{}\n]*)\}?/g;

/**
 * Check the user's own version of a template before it is kept: the template must exist,
 * only an email has a subject, and every `{placeholder}` must be one Afterview can fill.
 * Returns what is wrong, in words that name the place; an empty list means it is fine.
 */
export function checkOverride(id: string, input: unknown): string[] {
  const template = defaultTemplate(id);
  if (!template) return [`There is no template called “${id}”.`];
  const parsed = TemplateOverride.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => `${issue.path.join('.') || 'template'}: ${issue.message}`);
  }
  const problems: string[] = [];
  if (parsed.data.subject !== null && template.subject === null) {
    problems.push('subject: only an email has a subject line.');
  }
  for (const [field, text] of [
    ['subject', parsed.data.subject ?? ''],
    ['body', parsed.data.body],
  ] as const) {
    for (const match of text.matchAll(BRACES)) {
      const [whole, inner = ''] = match;
      const name = inner.replace(/\?$/, '');
      if (!whole.endsWith('}'))
        problems.push(`${field}: “${whole}” opens a placeholder but never closes it.`);
      else if (!known.has(name)) {
        problems.push(
          `${field}: {${inner}} is not something Afterview can fill in (try {${nearest(name)}}).`,
        );
      }
    }
  }
  return problems;
}

/** The known placeholder closest in spelling, to suggest. */
function nearest(name: string): string {
  let best: string = PLACEHOLDERS[0];
  let bestDistance = Infinity;
  for (const candidate of PLACEHOLDERS) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}
