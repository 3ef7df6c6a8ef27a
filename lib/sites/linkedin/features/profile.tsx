import { PersonPanel } from '@/components/PersonPanel';
import { inPageCss } from '@/components/inpage-css';
import type { ProfileStatus } from '../../../messaging/linkedin';
import { call } from '../../../messaging/client';
import { t } from '../../../ui/i18n';
import { type ShadowMount, mountShadow } from '../../../content/shadow';
import type { LinkedInProfile } from '../read';
import * as S from '../selectors';

/**
 * Profiles: "Add to follow-ups" beside the person's name; once they are on an opportunity,
 * a chip per opportunity with its status and next task (a click adds them to another one).
 */
export function createProfileFeature(deps: { locale: string }) {
  let state: {
    profileUrl: string;
    mount: ShadowMount;
    profile: LinkedInProfile;
    statuses?: ProfileStatus[];
  } | null = null;

  function stop(): void {
    state?.mount.remove();
    state = null;
  }

  function render(): void {
    if (!state) return;
    const { statuses } = state;
    state.mount.showState(statuses === undefined ? 'loading' : statuses.length ? 'tracked' : 'untracked');
    state.mount.update(
      statuses === undefined ? null : (
        <span>
          {statuses.map((s) => (
            <button
              type="button"
              key={s.opportunityId}
              class={`av-chip av-chip--${s.tone}`}
              title={t('inpageAddToAnother', state?.profile.name ?? '')}
              onClick={(e) => openPanel(e.currentTarget)}
            >
              {s.company} · {s.text}
            </button>
          ))}
          {statuses.length === 0 && (
            <button type="button" class="av-button" onClick={(e) => openPanel(e.currentTarget)}>
              {t('inpageAddToFollowUps')}
            </button>
          )}
        </span>
      ),
    );
  }

  async function refresh(): Promise<void> {
    const current = state;
    if (!current) return;
    const statuses = await call('profileStatus', { profileUrl: current.profileUrl, locale: deps.locale });
    if (state !== current) return;
    current.statuses = statuses;
    render();
  }

  async function openPanel(opener: HTMLElement): Promise<void> {
    const current = state;
    if (!current) return;
    const choices = await call('opportunityChoices', {});
    const { profile, profileUrl } = current;
    const panel = mountShadow(
      (host) => document.body.append(host),
      inPageCss,
      <PersonPanel
        name={profile.name}
        headline={profile.headline}
        company={profile.company}
        choices={choices}
        onClose={() => close()}
        onConfirm={async (values) => {
          await call('addProfilePerson', {
            opportunityId: values.opportunityId || null,
            newOpportunity: values.opportunityId ? null : { company: values.company, role: values.role },
            person: { name: profile.name, headline: profile.headline, profileUrl, role: values.personRole },
          });
          close();
          await refresh();
        }}
      />,
      'person-panel',
    );
    function close() {
      panel.remove();
      opener.focus();
    }
  }

  function update(profile: LinkedInProfile): void {
    const anchor =
      S.queryFirst(document, S.profileName) ??
      S.queryFirst(document, S.legacyName) ??
      S.queryFirst(document, S.publicName);
    if (!profile.profileUrl || !anchor) return stop();
    if (state?.profileUrl !== profile.profileUrl) {
      stop();
      state = {
        profileUrl: profile.profileUrl,
        profile,
        mount: mountShadow((host) => anchor.after(host), inPageCss, null, 'profile'),
      };
      render();
      void refresh().catch(warn);
      return;
    }
    if (!state.mount.host.isConnected || state.mount.host.previousElementSibling !== anchor)
      anchor.after(state.mount.host);
  }

  return { update, stop };
}

function warn(error: unknown): void {
  console.warn('[afterview] LinkedIn profile:', error instanceof Error ? error.message : error);
}
