import { useState } from 'preact/hooks';
import { call } from '@/lib/messaging/client';
import type { OpportunityDetail, Params } from '@/lib/messaging/protocol';
import type { Channel, StoredPerson } from '@/lib/model';
import { t } from '@/lib/ui/i18n';
import { fromLocalInput, orNull, toLocalInput } from './format';
import { CheckField, CheckGroup, FormShell, SelectField, TextField, useRecordId } from './forms';
import { channelLabel, channels, formatLabel, formats, type InterviewFormat, options } from './labels';

type StoredInterview = OpportunityDetail['interviews'][number];

interface Props {
  opportunityId: string;
  people: StoredPerson[];
  /** The interview to complete; null to record a new one. */
  initial: StoredInterview | null;
  onSaved: () => void;
  onCancel: () => void;
}

const scorecardKeys = ['culture', 'travel', 'location', 'pay'] as const;
type ScorecardKey = (typeof scorecardKeys)[number];

interface Values {
  start: string;
  end: string;
  round: string;
  format: InterviewFormat;
  interviewers: string[];
  decisionBy: string;
  nextStep: string;
  mayCheckBackOn: string;
  mayCall: boolean;
  noContact: boolean;
  excludedChannels: Channel[];
  referencesRequested: boolean;
  keyPoints: string;
  openQuestions: string;
  problems: Array<{ problem: string; solution: string }>;
  selfReview: string;
  scorecard: Record<ScorecardKey, string>;
  specifics: Record<string, string>;
  strength: string;
  evidence: string;
  forgotten: string;
}

function initialValues(i: StoredInterview | null): Values {
  const notes = i?.notes;
  return {
    start: toLocalInput(i?.start),
    end: toLocalInput(i?.end),
    round: i?.round ? String(i.round) : '',
    format: i?.format ?? 'video',
    interviewers: i?.interviewers ?? [],
    decisionBy: i?.decisionBy ?? '',
    nextStep: i?.nextStep ?? '',
    mayCheckBackOn: i?.mayCheckBackOn ?? '',
    mayCall: i?.mayCall ?? false,
    noContact: i?.noContact ?? false,
    excludedChannels: i?.excludedChannels ?? [],
    referencesRequested: i?.referencesRequested ?? false,
    keyPoints: notes?.keyPoints ?? '',
    openQuestions: notes?.openQuestions ?? '',
    problems: notes?.problems.length ? notes.problems : [{ problem: '', solution: '' }],
    selfReview: notes?.selfReview ?? '',
    scorecard: {
      culture: notes?.scorecard.culture ?? '',
      travel: notes?.scorecard.travel ?? '',
      location: notes?.scorecard.location ?? '',
      pay: notes?.scorecard.pay ?? '',
    },
    specifics: { ...(notes?.specifics ?? {}) },
    strength: notes?.strength ?? '',
    evidence: notes?.evidence ?? '',
    forgotten: notes?.forgotten ?? '',
  };
}

/** The saveInterview params for what the form holds: blanks become null or are left out. */
export function interviewParams(
  opportunityId: string,
  id: string,
  v: Values,
  start: string,
  end: string,
): Params<'saveInterview'> {
  const scorecard: Partial<Record<ScorecardKey, string>> = {};
  for (const key of scorecardKeys) if (v.scorecard[key].trim()) scorecard[key] = v.scorecard[key].trim();
  const specifics: Record<string, string> = {};
  for (const person of v.interviewers) {
    const said = v.specifics[person]?.trim();
    if (said) specifics[person] = said;
  }
  const round = Number.parseInt(v.round, 10);
  return {
    id,
    opportunityId,
    start,
    end,
    round: Number.isInteger(round) && round > 0 ? round : null,
    format: v.format,
    interviewers: v.interviewers,
    decisionBy: orNull(v.decisionBy),
    mayCheckBackOn: orNull(v.mayCheckBackOn),
    mayCall: v.mayCall,
    noContact: v.noContact,
    excludedChannels: v.excludedChannels,
    referencesRequested: v.referencesRequested,
    nextStep: orNull(v.nextStep),
    notes: {
      keyPoints: v.keyPoints.trim(),
      openQuestions: v.openQuestions.trim(),
      problems: v.problems
        .filter((p) => p.problem.trim())
        .map((p) => ({ problem: p.problem.trim(), solution: p.solution.trim() })),
      selfReview: v.selfReview.trim(),
      scorecard,
      specifics,
      strength: v.strength.trim(),
      evidence: v.evidence.trim(),
      forgotten: v.forgotten.trim(),
    },
  };
}

/**
 * R1: one form right after the interview: when it was and with whom, what they said about
 * the decision and the next step, what they allow (call back, no contact, channels), and
 * the notes the thank-yous and check-ins draw on.
 */
export function InterviewForm({ opportunityId, people, initial, onSaved, onCancel }: Props) {
  const id = useRecordId(initial?.id);
  const [v, setValues] = useState(() => initialValues(initial));
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((old) => ({ ...old, [key]: value }));
  const name = (id: string) => people.find((p) => p.id === id)?.name ?? id;

  const submit = async () => {
    const start = fromLocalInput(v.start);
    const end = fromLocalInput(v.end);
    if (!start || !end) return t('dashNeedStartEnd');
    await call('saveInterview', interviewParams(opportunityId, id, v, start, end));
    onSaved();
  };

  const setProblem = (index: number, field: 'problem' | 'solution', value: string) =>
    set(
      'problems',
      v.problems.map((p, i) => (i === index ? { ...p, [field]: value } : p)),
    );

  return (
    <FormShell
      heading={initial ? t('dashEditInterviewHeading') : t('dashAddInterviewHeading')}
      submitLabel={t('dashSaveInterview')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <fieldset>
        <legend>{t('dashInterviewWhen')}</legend>
        <div class="grid">
          <TextField
            label={t('dashFieldStart')}
            value={v.start}
            onInput={(x) => set('start', x)}
            type="datetime-local"
            required
          />
          <TextField
            label={t('dashFieldEnd')}
            value={v.end}
            onInput={(x) => set('end', x)}
            type="datetime-local"
            required
          />
          <SelectField
            label={t('dashFieldFormat')}
            value={v.format}
            options={options(formats, formatLabel)}
            onChange={(x) => set('format', x)}
          />
          <TextField
            label={t('dashFieldRound')}
            value={v.round}
            onInput={(x) => set('round', x)}
            type="number"
          />
        </div>
      </fieldset>
      {people.length > 0 ? (
        <CheckGroup
          legend={t('dashFieldInterviewers')}
          options={people.map((p) => [p.id, p.name] as const)}
          selected={v.interviewers}
          onChange={(x) => set('interviewers', x)}
        />
      ) : (
        <p class="muted">{t('dashNoPeopleForInterview')}</p>
      )}
      <fieldset>
        <legend>{t('dashInterviewNext')}</legend>
        <div class="grid">
          <TextField
            label={t('dashFieldDecisionBy')}
            value={v.decisionBy}
            onInput={(x) => set('decisionBy', x)}
            type="date"
          />
          <TextField label={t('dashFieldNextStep')} value={v.nextStep} onInput={(x) => set('nextStep', x)} />
          <TextField
            label={t('dashFieldMayCheckBack')}
            value={v.mayCheckBackOn}
            onInput={(x) => set('mayCheckBackOn', x)}
            type="date"
          />
        </div>
        <CheckField label={t('dashFieldMayCall')} checked={v.mayCall} onChange={(x) => set('mayCall', x)} />
        <CheckField
          label={t('dashFieldNoContact')}
          checked={v.noContact}
          onChange={(x) => set('noContact', x)}
        />
        <CheckField
          label={t('dashFieldReferences')}
          checked={v.referencesRequested}
          onChange={(x) => set('referencesRequested', x)}
        />
      </fieldset>
      <CheckGroup
        legend={t('dashFieldExcluded')}
        options={options(channels, channelLabel)}
        selected={v.excludedChannels}
        onChange={(x) => set('excludedChannels', x)}
      />
      <fieldset>
        <legend>{t('dashInterviewNotes')}</legend>
        <TextField
          label={t('dashFieldKeyPoints')}
          value={v.keyPoints}
          onInput={(x) => set('keyPoints', x)}
          multiline
        />
        <TextField
          label={t('dashFieldOpenQuestions')}
          value={v.openQuestions}
          onInput={(x) => set('openQuestions', x)}
          multiline
        />
        {v.problems.map((p, index) => (
          <div class="grid" key={index}>
            <TextField
              label={t('dashFieldProblem', index + 1)}
              value={p.problem}
              onInput={(x) => setProblem(index, 'problem', x)}
              multiline
            />
            <TextField
              label={t('dashFieldSolution', index + 1)}
              value={p.solution}
              onInput={(x) => setProblem(index, 'solution', x)}
              multiline
            />
          </div>
        ))}
        {v.problems.length < 10 && (
          <button
            type="button"
            onClick={() => set('problems', [...v.problems, { problem: '', solution: '' }])}
          >
            {t('dashAddProblem')}
          </button>
        )}
        <TextField
          label={t('dashFieldSelfReview')}
          value={v.selfReview}
          onInput={(x) => set('selfReview', x)}
          multiline
        />
      </fieldset>
      <fieldset>
        <legend>{t('dashScorecard')}</legend>
        <div class="grid">
          {scorecardKeys.map((key) => (
            <TextField
              key={key}
              label={t(`dashScorecard_${key}`)}
              value={v.scorecard[key]}
              onInput={(x) => set('scorecard', { ...v.scorecard, [key]: x })}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('dashForThanks')}</legend>
        {v.interviewers.map((id) => (
          <TextField
            key={id}
            label={t('dashFieldSpecific', name(id))}
            value={v.specifics[id] ?? ''}
            onInput={(x) => set('specifics', { ...v.specifics, [id]: x })}
            multiline
          />
        ))}
        <TextField label={t('dashFieldStrength')} value={v.strength} onInput={(x) => set('strength', x)} />
        <TextField
          label={t('dashFieldEvidence')}
          value={v.evidence}
          onInput={(x) => set('evidence', x)}
          multiline
        />
        <TextField
          label={t('dashFieldForgotten')}
          value={v.forgotten}
          onInput={(x) => set('forgotten', x)}
          multiline
        />
      </fieldset>
    </FormShell>
  );
}
