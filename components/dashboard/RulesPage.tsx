import { useEffect } from 'preact/hooks';
import { t } from '@/lib/ui/i18n';
import { findRule, ruleAnchorId, ruleEntries, rulesHash, type RuleText, ruleText } from '@/lib/ui/rules';

/**
 * `#/rules`: the playbook in our words, every rule with what Afterview does and why.
 * `#/rules/R5.2` scrolls to that rule and puts focus on its heading, so a rule id shown
 * beside a task leads straight to its explanation.
 */
export function RulesPage({ rule }: { rule: string | null }) {
  const rules = ruleEntries.map(ruleText);
  const known = rule ? findRule(rule) : null;

  useEffect(() => {
    const target = document.getElementById(known ? ruleAnchorId(known.id) : 'rules-heading');
    if (!target || (!rule && !known)) return;
    target.scrollIntoView?.({ block: 'start' });
    target.focus();
  }, [rule, known]);

  const top = rules.filter((r) => r.parent === null);
  const under = (id: string) => rules.filter((r) => r.parent === id);

  return (
    <article class="rules" aria-labelledby="rules-heading">
      <h1 id="rules-heading" tabIndex={-1}>
        {t('rulesHeading')}
      </h1>
      <p>{t('rulesIntro')}</p>
      {rule && !known && <p role="alert">{t('rulesNotFound', rule)}</p>}
      <nav aria-label={t('rulesContents')}>
        <ul class="rules-contents">
          {top.map((entry) => (
            <li key={entry.id}>
              <a href={rulesHash(entry.id)}>{t('rulesHeadingText', entry.id, entry.title)}</a>
              {under(entry.id).length > 0 && (
                <ul>
                  {under(entry.id).map((sub) => (
                    <li key={sub.id}>
                      <a href={rulesHash(sub.id)}>{t('rulesHeadingText', sub.id, sub.title)}</a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {top.map((entry) => (
        <section key={entry.id} class="rule-section" aria-labelledby={ruleAnchorId(entry.id)}>
          <RuleBody entry={entry} level={2} current={known?.id === entry.id} />
          {under(entry.id).map((sub) => (
            <section key={sub.id} class="rule-section sub-rule" aria-labelledby={ruleAnchorId(sub.id)}>
              <RuleBody entry={sub} level={3} current={known?.id === sub.id} />
            </section>
          ))}
        </section>
      ))}
    </article>
  );
}

function RuleBody({ entry, level, current }: { entry: RuleText; level: 2 | 3; current: boolean }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading id={ruleAnchorId(entry.id)} tabIndex={-1} class={current ? 'current' : undefined}>
        {t('rulesHeadingText', entry.id, entry.title)}
      </Heading>
      <dl class="rule-text">
        <dt>{t('rulesDoes')}</dt>
        <dd>{entry.does}</dd>
        <dt>{t('rulesWhy')}</dt>
        <dd>{entry.why}</dd>
      </dl>
    </>
  );
}
