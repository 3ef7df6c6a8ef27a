import {
  type Channel,
  type OpportunityStatus,
  type Outcome,
  type PersonRole,
  type TaskStateName,
  type TouchPurpose,
  Channel as ChannelSchema,
  InterviewFormat as FormatSchema,
  OpportunityStatus as StatusSchema,
  PersonRole as RoleSchema,
  TouchPurpose as PurposeSchema,
} from '@/lib/model';
import { t } from '@/lib/ui/i18n';

/** The playbook's vocabulary in the user's words, through the string catalogue. */

export const statuses = StatusSchema.options;
export const channels = ChannelSchema.options;
export const personRoles = RoleSchema.options;
export const formats = FormatSchema.options;
export type InterviewFormat = (typeof formats)[number];
export const purposes = PurposeSchema.options;

export const statusLabel = (status: OpportunityStatus) => t(`dashStatus_${status}`);
export const outcomeLabel = (outcome: Outcome) => t(`dashOutcome_${outcome}`);
export const channelLabel = (channel: Channel) => t(`dashChannel_${channel}`);
export const roleLabel = (role: PersonRole) => t(`dashRole_${role}`);
export const formatLabel = (format: InterviewFormat) => t(`dashFormat_${format}`);
export const purposeLabel = (purpose: TouchPurpose) => t(`dashPurpose_${purpose}`);
export const taskStateLabel = (state: TaskStateName) => t(`dashTaskState_${state}`);

export function options<V extends string>(values: readonly V[], label: (v: V) => string) {
  return values.map((value) => [value, label(value)] as const);
}
