import type { TaskBecause, TaskKind } from '../model';
import { firstName } from '../model/names';
import { becauseKinds } from '../playbook/because';
import { t } from './i18n';
import type { MessageKey } from './strings';

/** What a why-line needs to know about a task: its kind, what it answers to, and for whom. */
export interface WhyTask {
  kind: TaskKind;
  because: TaskBecause | null;
  personName: string | null;
  company?: string;
}

/** Where the user reads it: dates in their locale and time zone. */
export interface WhyFormat {
  locale: string;
  timeZone: string;
}

/**
 * Why a task is on the list, in our words, naming what it answers to: "Thank Amy for your
 * interview on Tue, Nov 3 — …", "They said they would decide by Fri, Dec 11 — …". The facts
 * come from the planner (`task.because`); the rule id is shown beside it.
 */
export function taskWhy(task: WhyTask, format: WhyFormat): string {
  const who = firstName(task.personName) ?? t(nobody(task.kind));
  const company = task.company?.trim() || t('whoNoCompany');
  const because = task.because;
  if (!because || !becauseKinds[task.kind].includes(because.kind)) {
    return t(`why_${task.kind}` as MessageKey, '', who, company);
  }
  const instant = (iso: string) => formatInstant(iso, format);
  switch (because.kind) {
    case 'check_back_on':
    case 'decision_by':
      return t(key(task.kind, because.kind), formatDate(because.day, format.locale), who);
    case 'decision_far':
      return t(
        key(task.kind, because.kind),
        formatDate(because.day, format.locale),
        who,
        instant(because.at),
      );
    case 'no_reply_since':
      return t(key(task.kind, because.kind, because.sent ? '' : '_planned'), instant(because.at), who);
    case 'news':
      return t(key(task.kind, because.kind), instant(because.at), who, company);
    default:
      return t(key(task.kind, because.kind), instant(because.at), who);
  }
}

function key(kind: TaskKind, anchor: TaskBecause['kind'], suffix = ''): MessageKey {
  return `why_${kind}_${anchor}${suffix}` as MessageKey;
}

/** Who a task is for when it names no one. */
function nobody(kind: TaskKind): MessageKey {
  if (kind === 'reference_heads_up') return 'whoNoReference';
  if (kind === 'referrer_check_in') return 'whoNoReferrer';
  return 'whoNobody';
}

const formats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const cacheKey = `${locale}|${timeZone}`;
  let format = formats.get(cacheKey);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        timeZone,
      });
    } catch {
      format = new Intl.DateTimeFormat('en-US', {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      });
    }
    formats.set(cacheKey, format);
  }
  return format;
}

/** "Tue, Nov 3": an instant's day in the user's zone. */
export function formatInstant(iso: string, { locale, timeZone }: WhyFormat): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dayFormat(locale, timeZone).format(date);
}

/** "Fri, Dec 11": a calendar date ("2026-12-11"), the same day in every zone. */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dayFormat(locale, 'UTC').format(date);
}
