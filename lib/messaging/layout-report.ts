import { z } from 'zod';
import { SiteName } from '../model/inputs';

/**
 * "Save a layout report": the popup asks the content script of a site tab for a censored
 * outline of the page (lib/content/outline.ts builds it), and saves it as a file the user can
 * attach to a public bug report. This is the one place that says what such a report may hold;
 * the popup checks every reply against it, so even a faulty content script cannot put text,
 * names or addresses in the file.
 *
 * The request travels popup → tab (`tabs.sendMessage`), the other way round from the
 * protocol in protocol.ts, so it has its own envelope.
 */
export const LayoutReportRequest = z
  .object({ afterview: z.literal(1), ask: z.literal('layoutReport') })
  .strict();
export type LayoutReportRequest = z.infer<typeof LayoutReportRequest>;
export const layoutReportRequest: LayoutReportRequest = { afterview: 1, ask: 'layoutReport' };

/** How much of a page an outline may describe: enough to rebuild a fixture, small enough to attach. */
export const outlineLimits = {
  /** Elements and text markers, all told. */
  maxNodes: 5_000,
  /** Nesting below `body`; deeper parts are counted, not described. */
  maxDepth: 64,
  /** Children described per element: a list of 100 rows needs a few, not all 100. */
  maxChildren: 40,
  /** The outline's size as JSON, in characters (the popup refuses more than `maxReplyChars`). */
  maxChars: 2_500_000,
  /** Elements marked with one landmark's name. */
  maxMarked: 200,
} as const;
export const maxReplyChars = 3_000_000;

/**
 * The only attribute values a report carries, each from a closed list of our own words: they
 * say how a page is built (what a thing is, whether it is shown, open, selected), never whom
 * or what it is about. A value not on its list is dropped (the attribute's name stays).
 * Everything else (href, src, title, alt, aria-label, value, placeholder, id, name, email,
 * data-*, style…) is reported by name only: those are where pages put people, addresses,
 * subjects and links.
 */
const bool = ['true', 'false'] as const;
const ariaState = ['true', 'false', 'mixed', 'undefined'] as const;
export const ariaRoles = [
  'alert', 'alertdialog', 'application', 'article', 'banner', 'blockquote', 'button', 'caption',
  'cell', 'checkbox', 'code', 'columnheader', 'combobox', 'comment', 'complementary',
  'contentinfo', 'definition', 'deletion', 'dialog', 'directory', 'document', 'emphasis', 'feed',
  'figure', 'form', 'generic', 'grid', 'gridcell', 'group', 'heading', 'img', 'image',
  'insertion', 'label', 'link', 'list', 'listbox', 'listitem', 'log', 'main', 'mark', 'marquee',
  'math', 'menu', 'menubar', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'meter',
  'navigation', 'none', 'note', 'option', 'paragraph', 'presentation', 'progressbar', 'radio',
  'radiogroup', 'region', 'row', 'rowgroup', 'rowheader', 'scrollbar', 'search', 'searchbox',
  'separator', 'slider', 'spinbutton', 'status', 'strong', 'subscript', 'suggestion',
  'superscript', 'switch', 'tab', 'table', 'tablist', 'tabpanel', 'term', 'textbox', 'time',
  'timer', 'toolbar', 'tooltip', 'tree', 'treegrid', 'treeitem',
] as const; // prettier-ignore
export const allowedValues: Readonly<Record<string, readonly string[]>> = {
  // `role` may list several roles (fallbacks); each must be a known one.
  role: ariaRoles,
  // Form controls and buttons: what kind of field it is, never what is in it.
  type: [
    'button', 'checkbox', 'color', 'date', 'datetime-local', 'email', 'file', 'hidden', 'image',
    'month', 'number', 'password', 'radio', 'range', 'reset', 'search', 'submit', 'tel', 'text',
    'time', 'url', 'week',
  ], // prettier-ignore
  // Visibility: Afterview's readers must tell the shown view from the hidden ones.
  hidden: ['', 'hidden', 'until-found'],
  'aria-hidden': ariaState,
  'aria-expanded': ariaState,
  'aria-selected': ariaState,
  'aria-checked': ariaState,
  'aria-pressed': ariaState,
  'aria-disabled': ariaState,
  'aria-busy': ariaState,
  'aria-modal': ariaState,
  'aria-multiselectable': ariaState,
  'aria-readonly': ariaState,
  'aria-required': ariaState,
  'aria-haspopup': ['true', 'false', 'menu', 'listbox', 'tree', 'grid', 'dialog'],
  'aria-live': ['off', 'polite', 'assertive'],
  'aria-current': ['page', 'step', 'location', 'date', 'time', 'true', 'false'],
  'aria-orientation': ['horizontal', 'vertical', 'undefined'],
  'aria-sort': ['ascending', 'descending', 'none', 'other'],
  'aria-level': ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
  contenteditable: ['', 'true', 'false', 'plaintext-only'],
  draggable: bool,
  dir: ['ltr', 'rtl', 'auto'],
  tabindex: ['-1', '0'],
};

/**
 * The value to report for an attribute: our own copy of it when it is on the attribute's list
 * (so the report can only ever hold words written here), else null.
 */
export function allowedValue(name: string, raw: string | null): string | null {
  const allowed = allowedValues[name];
  if (!allowed || raw === null) return null;
  const value = raw.trim().toLowerCase();
  if (name === 'role') {
    const roles = value.split(/\s+/).map((role) => allowed.find((known) => known === role));
    return roles.length > 0 && roles.length <= 4 && roles.every(Boolean) ? roles.join(' ') : null;
  }
  return allowed.find((known) => known === value) ?? null;
}

/**
 * A tag, attribute or class name as a report may carry it: ASCII, short, no `@` or `.` (an
 * address cannot pass) and no run of four digits (nor can an account or thread number).
 */
export const safeName = /^(?!.*\d{4})[a-z_][a-z0-9_:-]{0,39}$/i;
const Name = z.string().regex(safeName);
/** `#text(12)`: a text was there, this long; never what it said. */
export const TextMarker = z.string().regex(/^#text\(\d{1,7}\)$/);

export interface OutlineNode {
  tag: string;
  /** Every attribute's name, sorted. */
  attributes?: string[];
  /** Names that were not safe to write down, counted. */
  otherAttributes?: number;
  /** The allowed values only (see `allowedValues`). */
  values?: Record<string, string>;
  /** Class names our own selectors use; any other class is counted, not named. */
  classes?: string[];
  otherClasses?: number;
  /** Hidden by an inline style (display: none, visibility: hidden). */
  styleHidden?: true;
  /** The landmarks (our selectors) that found this element. */
  hits?: string[];
  /** An open shadow root's content. */
  shadow?: OutlineChild[];
  children?: OutlineChild[];
  /** Children left out by the limits. */
  omitted?: number;
}
export type OutlineChild = OutlineNode | string;

const Count = z.number().int().nonnegative().max(10_000_000);
const Children = z
  .array(z.union([TextMarker, z.lazy(() => OutlineNodeSchema)]))
  .max(outlineLimits.maxChildren);

const Values = z.record(z.string(), z.string()).superRefine((values, ctx) => {
  for (const [name, value] of Object.entries(values)) {
    if (allowedValue(name, value) !== value) ctx.addIssue({ code: 'custom', message: `value of ${name}` });
  }
});

export const OutlineNodeSchema: z.ZodType<OutlineNode> = z
  .object({
    tag: Name,
    attributes: z.array(Name).max(60).optional(),
    otherAttributes: Count.optional(),
    values: Values.optional(),
    classes: z.array(Name).max(60).optional(),
    otherClasses: Count.optional(),
    styleHidden: z.literal(true).optional(),
    hits: z.array(z.string().max(80)).max(60).optional(),
    shadow: Children.optional(),
    children: Children.optional(),
    omitted: Count.optional(),
  })
  .strict();

export const LayoutStatus = z.enum(['recognised', 'degraded', 'unrecognised', 'waiting']);
export type LayoutStatus = z.infer<typeof LayoutStatus>;

export const LayoutReport = z
  .object({
    kind: z.literal('afterview-layout-report'),
    format: z.literal(1),
    site: SiteName,
    /** The day it was made (UTC), not the time. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    version: z.string().regex(/^[0-9][0-9.]{0,19}$/),
    /** The page's path with every segment that is not one of the sites' own words replaced by "…". */
    path: z
      .string()
      .max(300)
      .regex(/^[a-zN/#?…_-]*$/),
    /** The page's language: the readers match its wording (Gmail's "to me", dates). */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/)
      .nullable(),
    layout: z.object({ status: LayoutStatus, missing: z.string().max(200).nullable() }).strict(),
    landmarks: z
      .array(
        z
          .object({
            name: z.string().max(80),
            alternative: z.number().int().nonnegative().nullable(),
            selector: z.string().max(300).nullable(),
            count: Count,
          })
          .strict(),
      )
      .max(300),
    counts: z
      .object({ nodes: Count, elements: Count, texts: Count, shadowRoots: Count, truncated: z.boolean() })
      .strict(),
    outline: OutlineNodeSchema,
  })
  .strict()
  .superRefine((report, ctx) => {
    if (countNodes(report.outline) > outlineLimits.maxNodes + 1) {
      ctx.addIssue({ code: 'custom', message: 'too many nodes' });
    }
  });
export type LayoutReport = z.infer<typeof LayoutReport>;

/** Nodes in an outline (elements and text markers), walked without recursion. */
export function countNodes(root: OutlineNode): number {
  let count = 0;
  const stack: OutlineChild[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    count += 1;
    if (typeof node === 'string') continue;
    stack.push(...(node.children ?? []), ...(node.shadow ?? []));
  }
  return count;
}
