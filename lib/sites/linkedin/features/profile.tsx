import { PersonPanel } from '@/components/PersonPanel';
import { inPageCss } from '@/components/inpage-css';
import type { ProfileStatus } from '../../../messaging/linkedin';
import { call } from '../../../messaging/client';
import { t } from '../../../ui/i18n';
import { type ShadowMount, mountShadow } from '../../../content/shadow';
import type { LinkedInProfile, ProfilePage } from '../read';
import { keepBeside } from './place';

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
              title={chipTitle(s, state?.profile.name ?? '')}
              onClick={(e) => openPanel(e.currentTarget)}
            >
              {chipText(s)}
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

  /**
   * Beside the heading the reader took the name from (not the page's first heading); not at
   * all when there is none the user can reach (under a modal, or the name came from elsewhere).
   */
  function update({ profile, anchor }: ProfilePage): void {
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
    keepBeside(state.mount.host, anchor);
  }

  return { update, stop };
}

/** What a chip shows: the opportunity's company and where it stands. */
export function chipText(status: ProfileStatus): string {
  return `${status.company} · ${status.text}`;
}

/**
 * A chip's tooltip: its whole text first (a long company or status is cut short with an
 * ellipsis on screen), the role it is for, then what a click does.
 */
export function chipTitle(status: ProfileStatus, name: string): string {
  return `${chipText(status)} (${status.role})\n${t('inpageAddToAnother', name)}`;
}

function warn(error: unknown): void {
  console.warn('[afterview] LinkedIn profile:', error instanceof Error ? error.message : error);
}
