import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { call } from '@/lib/messaging/client';
import type { TaskKind, TemplateOverride, UserSettings } from '@/lib/model';
import { catalog } from '@/lib/templates/catalog';
import { checkOverride } from '@/lib/templates/overrides';
import type { DraftChannel } from '@/lib/templates/proofread';
import { type Template, templateId } from '@/lib/templates/template';
import { t } from '@/lib/ui/i18n';
import { type MessageKey } from '@/lib/ui/strings';
import { errorMessage, idle, type Outcome, Status } from './shared';

const kindNames: Partial<Record<TaskKind, MessageKey>> = {
  thank_you: 'settingsKindThankYou',
  check_in: 'settingsKindCheckIn',
  value_add_call: 'settingsKindValueAddCall',
  reference_heads_up: 'settingsKindReferenceHeadsUp',
  referrer_check_in: 'settingsKindReferrerCheckIn',
  congrats: 'settingsKindCongrats',
  offer_in_writing: 'settingsKindOfferInWriting',
  rejection_reply: 'settingsKindRejectionReply',
  linkedin_connect: 'settingsKindLinkedinConnect',
  withdrawal_letter: 'settingsKindWithdrawalLetter',
};

const channelNames: Record<DraftChannel, MessageKey> = {
  email: 'settingsTplEmail',
  letter: 'settingsTplLetter',
  phone: 'settingsTplPhone',
  voicemail: 'settingsTplVoicemail',
  linkedin: 'settingsTplLinkedin',
  linkedin_note: 'settingsTplLinkedinNote',
};

/** "Thank-you", for a kind; its code if a new kind has no name yet. */
export function kindName(kind: TaskKind): string {
  const key = kindNames[kind];
  return key ? t(key) : kind;
}

/** "Email, warm, before their decision date": which variant of its kind a template is. */
export function variantName(template: Template): string {
  const parts = [t(channelNames[template.channel])];
  if (template.tone) parts.push(t(template.tone === 'warm' ? 'settingsTplWarm' : 'settingsTplFormal'));
  if (template.stage) {
    parts.push(
      t(template.stage === 'before_decision' ? 'settingsTplBeforeDecision' : 'settingsTplAfterDecision'),
    );
  }
  if (template.audience === 'agency') parts.push(t('settingsTplViaAgency'));
  return parts.join(', ');
}

/** The catalog grouped by kind, in catalog order. */
function groups(): Array<[TaskKind, Template[]]> {
  const byKind = new Map<TaskKind, Template[]>();
  for (const template of catalog) {
    const list = byKind.get(template.kind) ?? [];
    list.push(template);
    byKind.set(template.kind, list);
  }
  return [...byKind];
}

/** Every message template, with the user's own version where they kept one. */
export function TemplatesSection({
  settings,
  onSaved,
}: {
  settings: UserSettings;
  onSaved: (settings: UserSettings) => void;
}) {
  const id = useId();
  const grouped = useMemo(groups, []);
  return (
    <section class="av-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('settingsTemplatesHeading')}</h2>
      <p class="av-muted">{t('settingsTemplatesIntro')}</p>
      {grouped.map(([kind, templates]) => (
        <div class="av-template-group" key={kind}>
          <h3>{kindName(kind)}</h3>
          {templates.map((template) => {
            const templateKey = templateId(template);
            return (
              <TemplateEditor
                key={templateKey}
                template={template}
                override={settings.templates[templateKey]}
                onSaved={onSaved}
              />
            );
          })}
        </div>
      ))}
    </section>
  );
}

/** The placeholders a template's default wording uses, to show what can be filled in. */
function placeholdersOf(template: Template): string[] {
  const text = `${template.subject ?? ''}\n${template.body}`;
  return [...new Set([...text.matchAll(/\{[^{}\n]+\}/g)].map((m) => m[0]))];
}

function TemplateEditor({
  template,
  override,
  onSaved,
}: {
  template: Template;
  override: TemplateOverride | undefined;
  onSaved: (settings: UserSettings) => void;
}) {
  const uid = useId();
  const id = templateId(template);
  const hasSubject = template.subject !== null;
  const savedSubject = override ? (override.subject ?? '') : (template.subject ?? '');
  const savedBody = override ? override.body : template.body;
  const [subject, setSubject] = useState(savedSubject);
  const [body, setBody] = useState(savedBody);
  const [outcome, setOutcome] = useState<Outcome>(idle);
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const bodyInput = useRef<HTMLTextAreaElement>(null);

  // Keyboard users land on the question's answer, and back on Reset when they cancel.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) resetButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  // The stored version changed (saved here, reset, or a backup imported): show it.
  const shown = useRef({ subject: savedSubject, body: savedBody });
  useEffect(() => {
    if (shown.current.subject === savedSubject && shown.current.body === savedBody) return;
    shown.current = { subject: savedSubject, body: savedBody };
    setSubject(savedSubject);
    setBody(savedBody);
  }, [savedSubject, savedBody]);

  const edit = { subject: hasSubject ? subject : null, body };
  const problems = checkOverride(id, edit);
  const dirty = subject !== savedSubject || body !== savedBody;
  const name = t('settingsTemplateName', kindName(template.kind), variantName(template));
  const placeholders = useMemo(() => placeholdersOf(template), [template]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (problems.length > 0) return;
    setOutcome({ kind: 'busy' });
    try {
      const settings = await call('saveTemplate', { id, ...edit });
      setOutcome({ kind: 'ok', text: t('settingsSaved') });
      onSaved(settings);
    } catch (error) {
      setOutcome({ kind: 'error', text: t('settingsNotSaved', errorMessage(error)) });
    }
  };

  const reset = async () => {
    setConfirming(false);
    setOutcome({ kind: 'busy' });
    try {
      const settings = await call('resetTemplate', { id });
      setOutcome({ kind: 'ok', text: t('settingsTemplateResetDone') });
      onSaved(settings);
      // The Reset button is gone with the user's version; keep focus in this editor.
      bodyInput.current?.focus();
    } catch (error) {
      setOutcome({ kind: 'error', text: t('settingsNotSaved', errorMessage(error)) });
    }
  };

  return (
    <details class="av-template" data-template={id}>
      <summary>
        <span>{variantName(template)}</span>
        {override && <span class="av-badge">{t('settingsTemplateEdited')}</span>}
        {dirty && <span class="av-badge av-badge-quiet">{t('settingsTemplateUnsaved')}</span>}
      </summary>
      <form aria-label={name} onSubmit={save}>
        {hasSubject && (
          <div class="av-field">
            <label for={`${uid}-subject`}>{t('settingsTemplateSubject')}</label>
            <input
              id={`${uid}-subject`}
              type="text"
              value={subject}
              onInput={(e) => {
                setSubject(e.currentTarget.value);
                setOutcome(idle);
              }}
            />
          </div>
        )}
        <div class="av-field">
          <label for={`${uid}-body`}>{t('settingsTemplateBody')}</label>
          <textarea
            id={`${uid}-body`}
            ref={bodyInput}
            rows={Math.min(16, Math.max(4, body.split('\n').length + 1))}
            value={body}
            aria-invalid={problems.length > 0 ? true : undefined}
            aria-describedby={`${uid}-placeholders${problems.length > 0 ? ` ${uid}-problems` : ''}`}
            onInput={(e) => {
              setBody(e.currentTarget.value);
              setOutcome(idle);
            }}
          />
          {placeholders.length > 0 && (
            <p class="av-hint" id={`${uid}-placeholders`}>
              {t('settingsTemplatePlaceholders', placeholders.join(' '))}
            </p>
          )}
        </div>
        <div class="av-problems" id={`${uid}-problems`} aria-live="polite">
          {problems.length > 0 && (
            <>
              <p>{t('settingsTemplateProblems')}</p>
              <ul>
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div class="av-actions">
          <button
            type="submit"
            class="av-primary"
            disabled={problems.length > 0 || !dirty || outcome.kind === 'busy'}
          >
            {t('settingsTemplateSave')}
          </button>
          {override && !confirming && (
            <button type="button" ref={resetButton} onClick={() => setConfirming(true)}>
              {t('settingsTemplateReset')}
            </button>
          )}
        </div>
        {confirming && (
          <div class="av-confirm" role="group" aria-labelledby={`${uid}-confirm`}>
            <p id={`${uid}-confirm`}>{t('settingsTemplateResetQuestion')}</p>
            <button type="button" class="av-danger" ref={confirmButton} onClick={() => void reset()}>
              {t('settingsTemplateResetConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        )}
        <Status outcome={outcome} />
      </form>
    </details>
  );
}
