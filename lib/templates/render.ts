/**
 * Fill a message template from the records. A template is plain text with placeholders:
 * `{name}` must be filled, `{name?}` may be left out. A required value that is missing is
 * not dropped: it becomes a visible gap such as `[something specific Amy said]`, and the
 * draft cannot be marked final until the user fills it. A missing optional value takes its
 * whole line with it, so an optional sentence sits on a line of its own and never leaves a
 * half sentence behind. Values are plain text; the result is plain text, never markup.
 */

export type Values = Readonly<Record<string, string | null | undefined>>;

/** A missing required value, where it stands in the rendered text. */
export interface Gap {
  name: string;
  /** What belongs there, in words ("something specific Amy said"). */
  label: string;
  start: number;
  end: number;
}

export interface Rendered {
  text: string;
  gaps: Gap[];
}

/** How to describe each missing value; a label may itself use values (`{firstName}`). */
export type GapLabels = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9_]*)(\?)?\}/g;

export function render(template: string, values: Values, labels: GapLabels = {}): Rendered {
  const lines: string[] = [];
  const gaps: Gap[] = [];
  let offset = 0;
  let dropped = false;
  for (const line of template.split('\n')) {
    // A placeholder alone on its line (a signature) may keep its own line breaks.
    const block = /^\s*\{[a-zA-Z][a-zA-Z0-9_]*\??\}\s*$/.test(line);
    let text = '';
    let missingOptional = false;
    let cursor = 0;
    for (const match of line.matchAll(PLACEHOLDER)) {
      const [whole, name, optional] = match as unknown as [string, string, string | undefined];
      text += line.slice(cursor, match.index);
      cursor = match.index + whole.length;
      const value = clean(values[name], block);
      if (value) {
        text += value;
        // "…{forgotten}." with a value that already ends a sentence: no second full stop.
        if (/[.!?…]$/.test(value) && line[cursor] === '.') cursor += 1;
      } else if (optional) {
        missingOptional = true;
      } else {
        const label = describe(name, values, labels);
        const gapText = `[${label}]`;
        gaps.push({ name, label, start: offset + text.length, end: offset + text.length + gapText.length });
        text += gapText;
      }
    }
    text += line.slice(cursor);
    if (missingOptional) {
      // The line's gaps go with it.
      while (gaps.length && gaps[gaps.length - 1]!.start >= offset) gaps.pop();
      dropped = true;
      continue;
    }
    // A dropped line must not leave two blank lines in a row (or a blank first line).
    if (dropped && text.trim() === '' && (lines.length === 0 || lines[lines.length - 1]!.trim() === ''))
      continue;
    dropped = false;
    const tidy = text.replace(/ {2,}/g, ' ').replace(/ ([,.!?;:])/g, '$1');
    // Tidying may shift later gaps on this line; recompute their positions from the text.
    relocate(gaps, text, tidy, offset);
    lines.push(tidy);
    offset += tidy.length + 1;
  }
  return { text: lines.join('\n'), gaps };
}

/** Only a draft with no gap left can be marked final. */
export function canBeFinal(rendered: Rendered): boolean {
  return rendered.gaps.length === 0;
}

/**
 * Values are plain text: control characters become spaces, the ends are trimmed, and
 * nothing is ever interpreted. Inline values lose their line breaks too; a block value
 * (alone on its line) keeps them, without blank lines or trailing spaces.
 */
function clean(value: string | null | undefined, block = false): string {
  const lines = (value ?? '').split(/\r?\n/).map((line) =>
    [...line]
      .map((char) => (char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127 ? ' ' : char))
      .join('')
      .replace(/ {2,}/g, ' ')
      .trim(),
  );
  return block ? lines.filter(Boolean).join('\n') : lines.join(' ').replace(/ {2,}/g, ' ').trim();
}

function describe(name: string, values: Values, labels: GapLabels): string {
  const label = labels[name];
  if (!label) return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return label.replace(PLACEHOLDER, (_whole, inner: string) => clean(values[inner]) || 'this person');
}

function relocate(gaps: Gap[], before: string, after: string, offset: number): void {
  if (before === after) return;
  let searchFrom = 0;
  for (const gap of gaps) {
    if (gap.start < offset) continue;
    const gapText = `[${gap.label}]`;
    const at = after.indexOf(gapText, searchFrom);
    if (at >= 0) {
      gap.start = offset + at;
      gap.end = gap.start + gapText.length;
      searchFrom = at + gapText.length;
    }
  }
}
