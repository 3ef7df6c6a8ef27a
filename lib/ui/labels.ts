import type { TaskKind } from '../model';
import { t } from './i18n';
import type { MessageKey } from './strings';

/** A task kind's name, as the user reads it in a list or a notification: "Send a thank-you". */
export function taskKindLabel(kind: TaskKind): string {
  return t(`taskKind_${kind}` as MessageKey);
}

/** A task kind's short name for a chip: "Thank-you". */
export function taskShortLabel(kind: TaskKind): string {
  return t(`taskShort_${kind}` as MessageKey);
}

/** What to do and for whom, as one line: "Send a thank-you — Amy Lee", "Research the pay". */
export function taskTitle(kind: TaskKind, personName: string | null): string {
  return personName ? t('taskTitleWithPerson', taskKindLabel(kind), personName) : taskKindLabel(kind);
}
