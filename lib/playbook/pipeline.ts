export interface PipelineSummary {
  /** Opportunities not closed. */
  active: number;
  /** When the newest application was added, if any. */
  lastAppliedAt: Date | null;
}

export interface PipelineWarning {
  code: 'few_active' | 'no_recent_application';
  rule: 'R6';
  message: string;
}

const DAY = 86_400_000;

/**
 * R6 — Pipeline health, across all opportunities: one promising interview is no reason to
 * stop applying.
 */
export function pipelineHealth({ active, lastAppliedAt }: PipelineSummary, now: Date): PipelineWarning[] {
  const warnings: PipelineWarning[] = [];
  if (active < 3) {
    warnings.push({
      code: 'few_active',
      rule: 'R6',
      message: `Only ${active} active ${active === 1 ? 'opportunity' : 'opportunities'}: keep at least 3 going so no single answer decides everything.`,
    });
  }
  if (!lastAppliedAt || now.getTime() - lastAppliedAt.getTime() >= 7 * DAY) {
    warnings.push({
      code: 'no_recent_application',
      rule: 'R6',
      message: 'No new application in the last 7 days: adding one keeps your options open while you wait.',
    });
  }
  return warnings;
}
