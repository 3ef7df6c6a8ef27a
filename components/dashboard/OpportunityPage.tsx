import { useCallback, useEffect, useState } from 'preact/hooks';
import { call } from '@/lib/messaging/client';
import type { OpportunityDetail } from '@/lib/messaging/protocol';
import type { StoredPerson } from '@/lib/model';
import { wellFormed } from '@/lib/model/text';
import { t } from '@/lib/ui/i18n';
import { errorText, formatDateTime, safeUrl } from './format';
import { Confirm } from './forms';
import { InterviewForm } from './InterviewForm';
import { channelLabel, formatLabel, outcomeLabel, roleLabel, statusLabel } from './labels';
import { OpportunityForm } from './OpportunityForm';
import { Outcomes } from './Outcomes';
import { PersonForm } from './PersonForm';
import type { Load } from './summaries';
import { Timeline } from './Timeline';
import { TouchForm } from './TouchForm';

type Interview = OpportunityDetail['interviews'][number];
type Editing =
  | { kind: 'opportunity' }
  | { kind: 'delete' }
  | { kind: 'person'; person: StoredPerson | null }
  | { kind: 'interview'; interview: Interview | null }
  | { kind: 'touch' }
  | null;

/** Where focus goes back to when a form closes, so the keyboard never lands nowhere. */
function focusHeading(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** `#/opportunity/<id>`: one opportunity, its timeline, its people, and everything to add. */
export function OpportunityPage({ id }: { id: string }) {
  const [load, setLoad] = useState<Load<OpportunityDetail>>({ state: 'loading' });
  const [editing, setEditing] = useState<Editing>(null);

  const reload = useCallback(async () => {
    try {
      const data = await call('getOpportunity', { id });
      setLoad({ state: 'ready', data });
    } catch (error) {
      setLoad({ state: 'error', message: errorText(error) });
    }
  }, [id]);

  useEffect(() => {
    setLoad({ state: 'loading' });
    setEditing(null);
    void reload();
  }, [reload]);

  if (load.state === 'loading') return <p aria-busy="true">{t('loading')}</p>;
  if (load.state === 'error') {
    return (
      <>
        <h1 tabIndex={-1}>{t('dashOpportunityMissing')}</h1>
        <p role="alert">{t('loadFailed', load.message)}</p>
        <p>
          <a href="#/">{t('dashBackToBoard')}</a>
        </p>
      </>
    );
  }

  const detail = load.data;
  const { opportunity, people, interviews } = detail;
  const close = (heading: string) => () => {
    setEditing(null);
    focusHeading(heading);
  };
  const saved = (heading: string) => async () => {
    await reload();
    close(heading)();
  };

  return (
    <article aria-labelledby="opportunity-heading">
      <header class="opportunity-header">
        <h1 id="opportunity-heading" tabIndex={-1}>
          {opportunity.company}
          {opportunity.demo && <span class="tag">{t('dashSample')}</span>}
        </h1>
        <p class="subtitle">
          <span>{opportunity.role}</span> · <span class="status">{statusLabel(opportunity.status)}</span>
          {opportunity.outcome && <span> · {outcomeLabel(opportunity.outcome)}</span>}
          {opportunity.location && <span> · {opportunity.location}</span>}
        </p>
        {opportunity.blurb && <p class="muted">{opportunity.blurb}</p>}
        <div class="actions">
          <button type="button" onClick={() => setEditing({ kind: 'opportunity' })}>
            {t('dashEdit')}
          </button>
          <button type="button" class="danger" onClick={() => setEditing({ kind: 'delete' })}>
            {t('dashDelete')}
          </button>
        </div>
        {editing?.kind === 'opportunity' && (
          <OpportunityForm
            initial={opportunity}
            people={people}
            onSaved={() => void saved('opportunity-heading')()}
            onCancel={close('opportunity-heading')}
          />
        )}
        {editing?.kind === 'delete' && (
          <Confirm
            message={t('dashDeleteConfirm', opportunity.company, opportunity.role)}
            confirmLabel={t('dashDeleteYes')}
            onConfirm={async () => {
              await call('deleteOpportunity', { id: opportunity.id });
              location.hash = '#/';
            }}
            onCancel={close('opportunity-heading')}
          />
        )}
      </header>

      <section aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading" tabIndex={-1}>
          {t('dashOutcomesHeading')}
        </h2>
        <p class="muted">{t('dashOutcomesHint')}</p>
        <Outcomes opportunity={opportunity} onSaved={reload} />
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" tabIndex={-1}>
          {t('dashTimelineHeading')}
        </h2>
        <Timeline detail={detail} now={Date.now()} />
        <div class="actions">
          <button type="button" onClick={() => setEditing({ kind: 'touch' })}>
            {t('dashAddTouch')}
          </button>
        </div>
        {editing?.kind === 'touch' && (
          <TouchForm
            opportunityId={opportunity.id}
            people={people}
            onSaved={() => void saved('timeline-heading')()}
            onCancel={close('timeline-heading')}
          />
        )}
      </section>

      <section aria-labelledby="interviews-heading">
        <h2 id="interviews-heading" tabIndex={-1}>
          {t('dashInterviewsHeading')}
        </h2>
        {interviews.length === 0 ? (
          <p class="muted">{t('dashNoInterviews')}</p>
        ) : (
          <ul class="plain">
            {[...interviews]
              .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
              .map((interview) => (
                <li key={interview.id}>
                  <span>
                    {formatDateTime(interview.start)} · {formatLabel(interview.format)}
                  </span>{' '}
                  <button type="button" onClick={() => setEditing({ kind: 'interview', interview })}>
                    {interview.notes ? t('dashEditInterview') : t('dashCaptureInterview')}
                  </button>
                </li>
              ))}
          </ul>
        )}
        <div class="actions">
          <button type="button" onClick={() => setEditing({ kind: 'interview', interview: null })}>
            {t('dashAddInterview')}
          </button>
        </div>
        {editing?.kind === 'interview' && (
          <InterviewForm
            key={editing.interview?.id ?? 'new'}
            opportunityId={opportunity.id}
            people={people}
            initial={editing.interview}
            onSaved={() => void saved('interviews-heading')()}
            onCancel={close('interviews-heading')}
          />
        )}
      </section>

      <section aria-labelledby="people-heading">
        <h2 id="people-heading" tabIndex={-1}>
          {t('dashPeopleHeading')}
        </h2>
        {people.length === 0 ? (
          <p class="muted">{t('dashNoPeople')}</p>
        ) : (
          <ul class="people">
            {people.map((person) => (
              <PersonItem
                key={person.id}
                person={person}
                onEdit={() => setEditing({ kind: 'person', person })}
              />
            ))}
          </ul>
        )}
        {detail.threads.length > 0 && (
          <>
            <h3>{t('dashThreadsHeading')}</h3>
            <ul class="links">
              {detail.threads.map((thread) => (
                <li key={thread.threadId}>
                  <a
                    href={`https://mail.google.com/mail/u/0/#all/${encodeURIComponent(wellFormed(thread.threadId))}`}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {thread.subject || t('dashThreadUntitled')}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
        <div class="actions">
          <button type="button" onClick={() => setEditing({ kind: 'person', person: null })}>
            {t('dashAddPerson')}
          </button>
        </div>
        {editing?.kind === 'person' && (
          <PersonForm
            key={editing.person?.id ?? 'new'}
            opportunityId={opportunity.id}
            initial={editing.person}
            onSaved={() => void saved('people-heading')()}
            onCancel={close('people-heading')}
          />
        )}
      </section>
    </article>
  );
}

function PersonItem({ person, onEdit }: { person: StoredPerson; onEdit: () => void }) {
  const linkedin = safeUrl(person.linkedinUrl);
  return (
    <li class="card person">
      <span class="person-name">{person.name}</span>{' '}
      <span class="muted">
        {roleLabel(person.role)}
        {person.title && ` · ${person.title}`}
      </span>
      <ul class="links">
        {person.email && (
          <li>
            <a href={`mailto:${person.email}`}>{person.email}</a>
          </li>
        )}
        {person.phone && (
          <li>
            <a href={`tel:${person.phone.replace(/[^\d+]/g, '')}`}>{person.phone}</a>
          </li>
        )}
        {linkedin && (
          <li>
            <a href={linkedin} target="_blank" rel="noreferrer noopener">
              {t('dashLinkedinProfile', person.name)}
            </a>
          </li>
        )}
      </ul>
      {(person.prefers || person.bestTime) && (
        <p class="muted">
          {person.prefers && t('dashPrefers', channelLabel(person.prefers))}
          {person.prefers && person.bestTime && ' · '}
          {person.bestTime && t('dashBestTime', person.bestTime[0], person.bestTime[1])}
        </p>
      )}
      <button type="button" onClick={onEdit} aria-label={t('dashEditPersonHeading', person.name)}>
        {t('dashEdit')}
      </button>
    </li>
  );
}
