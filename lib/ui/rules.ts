import { browser } from 'wxt/browser';
import { t } from './i18n';
import type { MessageKey } from './strings';

/**
 * The playbook's rules as the user reads them, from one list: the dashboard's rules page
 * (components/dashboard/RulesPage.tsx) and docs/playbook.md (`npm run docs:playbook`) both
 * show these entries. The words are ours (lib/ui/strings/rules.ts); the facts and timings
 * follow PLAYBOOK.md.
 */
export interface RuleEntry {
  /** "R5.2", as tasks cite it. */
  id: string;
  /** The rule it belongs to ("R5" for "R5.2"); null for a top-level rule. */
  parent: string | null;
  title: MessageKey;
  does: MessageKey;
  why: MessageKey;
}

export const ruleIds = [
  'R1',
  'R2',
  'R3',
  'R4',
  'R5',
  'R5.1',
  'R5.2',
  'R5.3',
  'R5.4',
  'R5.5',
  'R5.6',
  'R5.7',
  'R5.8',
  'R6',
  'R7',
  'R8',
  'R9',
  'R10',
] as const;

const keyOf = (id: string) => `rule_${id.replace('.', '_')}` as const;

export const ruleEntries: readonly RuleEntry[] = ruleIds.map((id) => ({
  id,
  parent: id.includes('.') ? id.split('.')[0]! : null,
  title: `${keyOf(id)}_title` as MessageKey,
  does: `${keyOf(id)}_does` as MessageKey,
  why: `${keyOf(id)}_why` as MessageKey,
}));

/** The entry a rule id names, or null ("R5.2" → its entry; "R99" → null). */
export function findRule(id: string): RuleEntry | null {
  return ruleEntries.find((entry) => entry.id === id) ?? null;
}

/** A rule in words, ready to show. */
export interface RuleText {
  id: string;
  parent: string | null;
  title: string;
  does: string;
  why: string;
}

export function ruleText(entry: RuleEntry): RuleText {
  return {
    id: entry.id,
    parent: entry.parent,
    title: t(entry.title),
    does: t(entry.does),
    why: t(entry.why),
  };
}

/** The element id of a rule's heading on the rules page: "rule-R5-2" (no dot, so selectors stay simple). */
export function ruleAnchorId(id: string): string {
  return `rule-${id.replace(/[^A-Za-z0-9]/g, '-')}`;
}

/** The rules page's location hash, at one rule or at the top: "#/rules/R5.2". */
export function rulesHash(id?: string): string {
  return id ? `#/rules/${encodeURIComponent(id)}` : '#/rules';
}

/**
 * The dashboard's rules page at one rule, as a full address of the extension's own page, so
 * a link from the popup opens it in a new tab.
 */
export function rulesHref(id?: string): string {
  try {
    const getURL = browser.runtime.getURL as (path: string) => string;
    return `${getURL('/dashboard.html')}${rulesHash(id)}`;
  } catch {
    // Outside the extension (a page opened as a file): the dashboard sits beside the popup.
    return `dashboard.html${rulesHash(id)}`;
  }
}
