/**
 * Everything Afterview knows about the shape of LinkedIn's pages, in one file: when LinkedIn
 * changes, this file changes and nothing else does.
 *
 * Each landmark is a list of alternatives tried in order. Stable hooks come first: ids,
 * ARIA roles and labels, link targets (`/in/…`, `/jobs/view/…`), meta tags and LinkedIn's
 * `data-*` attributes. LinkedIn's class names come last: they are the most precise but
 * change with each redesign (the top card has had three since 2021). "Seen" says when an
 * alternative last matched the layout our fixtures mirror (tests/fixtures/pages/linkedin),
 * which are reconstructions, not captures: see their README.
 *
 * LinkedIn's English wording ("Current company: …", "This page doesn't exist", the title's
 * " | LinkedIn") lives here too, as patterns: it is page structure as much as the markup is.
 */

import { type Landmark, LayoutError, landmark, requireLandmark } from '../landmarks';

export {
  type Landmark,
  closestFirst,
  matchedAlternative,
  matchesAny,
  queryAllAny,
  queryAllFirst,
  queryFirst,
} from '../landmarks';

/** Nothing matched a landmark Afterview needs: LinkedIn's layout changed, or the page is not ready. */
export class LinkedInLayoutError extends LayoutError {
  override readonly name = 'LinkedInLayoutError';
  constructor(landmark: string) {
    super('LinkedIn', landmark);
  }
}

/** Like queryFirst, but a missing landmark is a LinkedInLayoutError naming it. */
export const queryRequired = (root: ParentNode, what: Landmark): Element =>
  requireLandmark(root, what, LinkedInLayoutError);

// ---------------------------------------------------------------------------------------
// Every page: the document's own description of itself

export const canonicalLink = landmark('canonical link', [
  // The page's canonical address; on a profile, the vanity URL (/in/<slug>/) even when the
  // page was reached by a member id (/in/ACoAA…). Seen 2026-11.
  'link[rel="canonical"][href]',
]);

export const ogTitle = landmark('og:title meta tag', [
  // Open Graph title for link previews: "Name - Current company | LinkedIn". Seen 2026-11.
  'meta[property="og:title"][content]',
  // Twitter's card carries the same text. Seen 2026-11.
  'meta[name="twitter:title"][content]',
]);

export const ogUrl = landmark('og:url meta tag', [
  // Open Graph address (may be on a country subdomain, uk.linkedin.com). Seen 2026-11.
  'meta[property="og:url"][content]',
]);

export const ogDescription = landmark('og:description meta tag', [
  // Open Graph summary on public profiles: "… · Location: Minneapolis · 500+ connections …". Seen 2026-11.
  'meta[property="og:description"][content]',
  'meta[name="description"][content]',
]);

export const jsonLd = landmark('JSON-LD data', [
  // Structured data on public (logged-out) pages: a Person on profiles, a JobPosting on
  // jobs, alone or in an "@graph". Seen 2026-11.
  'script[type="application/ld+json"]',
]);

/** A page title LinkedIn writes: "(3) Priya Natarajan - Senior Recruiter - Brightwater Labs | LinkedIn". */
export const titleSuffix = /\s*\|\s*LinkedIn\s*$/i;
/** The unread-notifications count LinkedIn puts before the title when logged in: "(3) ". */
export const titleCount = /^\s*\(\d+\+?\)\s*/;
/** The separator between a title's name, headline and company. Spaced, so "Delgado-Whitfield" stays whole. */
export const titleSeparator = /\s+[-–—]\s+/;
/** Titles of LinkedIn's own pages, which must never pass for a person's name. */
export const pageTitles =
  /^(?:linkedin|sign\s?up|sign\s?in|log\s?in|join linkedin|page not found|feed|security verification|messaging|jobs)$/i;

// ---------------------------------------------------------------------------------------
// Profiles: what every top card has, in each of LinkedIn's layouts since 2016
//
// A layout is read when its card is on the page and its name is found inside the card;
// the layouts are tried in the order of `profileLayouts` (below), the ones with the most
// specific name hooks first, since three of them share the `section.pv-top-card` card.

export const topCard = landmark('profile top card', [
  // The logged-in top card carries the member's id. Seen 2026-11.
  'section[data-member-id]',
  // LinkedIn's top card class, since 2019 (the 2019, 2022 and 2024 layouts). (Not just any
  // card in main: an empty state is a card too, and its heading is no one's name.) Seen 2026-11.
  'section.pv-top-card',
]);

export const profileName = landmark('profile name', [
  // The member's name is the page's only level-1 heading inside the top card. Seen 2026-11.
  'h1',
  // LinkedIn's heading class for it. Seen 2026-11.
  '.text-heading-xlarge',
]);

export const profileHeadline = landmark('profile headline', [
  // The headline is the target of LinkedIn's "generate a headline" suggestion. Seen 2026-11.
  '[data-generated-suggestion-target]',
  // LinkedIn's text classes for it. Seen 2026-11.
  '.text-body-medium.break-words',
]);

export const profileLocation = landmark('profile location', [
  // The location line beside "Contact info". No stable hook. Seen 2026-11.
  '.text-body-small.inline.t-black--light.break-words',
  'span.text-body-small.t-black--light',
]);

export const currentCompanyButton = landmark('current company button', [
  // The top card's company button, named only by its aria-label ("Current company:
  // Brightwater Labs. Click to skip to experience card"); its visible part is a logo (2024)
  // or the name (2022). Seen 2026-11 (2022 and 2024 layouts).
  'button[aria-label^="Current company:"]',
  '[aria-label^="Current company:"]',
]);

/** The current company in the button's label, with or without the "Click to skip" tail. */
export const currentCompanyLabel =
  /^Current company:\s*(.+?)\.?(?:\s+Click to skip to experience card\.?)?\s*$/i;

export const experienceAnchor = landmark('experience section', [
  // The experience card's anchor (the company button's "skip to" target). Seen 2026-11.
  '#experience',
  // The 2017–2022 layouts' experience section. Seen 2026-11 (2017, 2019 and 2022 layouts).
  '#experience-section',
]);

export const card = landmark('profile card', [
  // Each profile section is a card; the experience anchor sits inside its card. Seen 2026-11.
  'section',
]);

export const experienceItem = landmark('experience entry', [
  // One position; LinkedIn's entity component. Seen 2026-11.
  '[data-view-name="profile-component-entity"]',
  // LinkedIn's list item classes (2024, then 2017–2022). Seen 2026-11.
  'li.artdeco-list__item',
  'li.pv-entity__position-group-pager',
]);

export const experienceCompany = landmark('experience entry company', [
  // "Brightwater Labs · Full-time": the second line, the one not in light grey. The visible
  // copy is aria-hidden; a visually hidden copy follows for screen readers. Seen 2026-11.
  'span.t-14.t-normal:not(.t-black--light) > span[aria-hidden="true"]',
  // The 2017–2022 layouts: the company, then the employment type in its own span. Seen 2026-11 (2022 layout).
  'p.pv-entity__secondary-title',
]);

export const experienceDates = landmark('experience entry dates', [
  // "Mar 2023 - Present · 3 yrs 9 mos". Seen 2026-11.
  '.pvs-entity__caption-wrapper',
  // The 2017–2022 layouts' date range. Seen 2026-11 (2022 layout).
  '.pv-entity__date-range',
]);

/** A position that has not ended ("Mar 2023 - Present"). */
export const ongoingDates = /\b(?:present|now|today)\b/i;
/** Between a company and the employment type or other facts: "Brightwater Labs · Full-time". */
export const middot = /\s*[·•]\s*/;

/**
 * What a top card's location line may hold instead of a place, in LinkedIn's English UI:
 * the connections or followers count ("500+ connections", "1,234 followers", "See
 * connections (152)"), "Contact info", or a job's posting facts ("Reposted 2 days ago",
 * "Over 100 applicants"). Such a line is not a location, whatever landmark matched it.
 */
export const notALocation =
  /\b(?:connections?|followers?|contact info|applicants?|ago|reposted|posted|promoted)\b|^[\d\s.,+]*$/i;

// ---------------------------------------------------------------------------------------
// Profile: the 2022 top card (logged in)

export const legacyName = landmark('2022 profile name', [
  // The name heading in the left text panel. Seen 2026-11 (2022 layout).
  '.pv-text-details__left-panel h1',
  '.pv-text-details__left-panel .text-heading-xlarge',
]);

export const legacyHeadline = landmark('2022 profile headline', [
  // The headline under the name. Seen 2026-11 (2022 layout).
  '.pv-text-details__left-panel .text-body-medium',
]);

export const legacyLocation = landmark('2022 profile location', [
  // The location in the second left panel, beside "Contact info". Seen 2026-11 (2022 layout).
  '.pv-text-details__left-panel .text-body-small.inline.t-black--light',
  '.pv-text-details__left-panel .text-body-small.t-black--light',
  // The bullet list under the panels, should the location move back there (it held the
  // location in 2019 and only the connections count in 2022). Seen 2026-11 (2022 layout).
  'ul.pv-top-card--list-bullet > li',
]);

export const legacyCompany = landmark('2022 current company', [
  // The company link at the right of the top card, by the field it jumps to. (The right
  // panel's buttons are told apart only by their "Current company"/"Education" labels,
  // read first: its first item is the school when there is no current company.)
  // Seen 2026-11 (2022 layout).
  'a[data-field="experience_company_logo"] h2',
]);

// ---------------------------------------------------------------------------------------
// Profile: the 2019 top card (logged in, 2019–2021)

export const listName = landmark('2019 profile name', [
  // The first item of the top card's first list, in LinkedIn's 24px type. (Not any first
  // item: the 2022 layout's bullet list, of the same class, starts with the connections
  // count.) Seen 2026-11 (2019 layout).
  'ul.pv-top-card--list > li.inline.t-24',
]);

export const listHeadline = landmark('2019 profile headline', [
  // The heading under the name list. Seen 2026-11 (2019 layout).
  'h2.mt1.t-18',
  'h2.mt1',
]);

export const listLocation = landmark('2019 profile location', [
  // The bullet list under the headline: location, then connections, then contact info
  // (the 2022 layout kept the list for the connections alone). Seen 2026-11 (2019 layout).
  'ul.pv-top-card--list-bullet > li',
]);

export const listCompany = landmark('2019 current company', [
  // The top card's experience list, its company link by tracking name. Seen 2026-11 (2019 layout).
  'ul.pv-top-card--experience-list a[data-control-name="position_see_more"] span',
  'a[data-control-name="position_see_more"]',
]);

// ---------------------------------------------------------------------------------------
// Profile: the 2017 top card (logged in, 2017–2019)

export const sectionTopCard = landmark('2017 profile top card', [
  // The top card section of the 2017 redesign (its 2018 "v2" revision kept the class). Seen 2026-11 (2017 layout).
  'section.pv-top-card-section',
  '.pv-top-card-v2-section__info',
]);

export const sectionName = landmark('2017 profile name', [
  // Seen 2026-11 (2017 layout).
  'h1.pv-top-card-section__name',
  '.pv-top-card-section__name',
]);

export const sectionHeadline = landmark('2017 profile headline', [
  // Seen 2026-11 (2017 layout).
  '.pv-top-card-section__headline',
]);

export const sectionLocation = landmark('2017 profile location', [
  // Seen 2026-11 (2017 layout).
  '.pv-top-card-section__location',
]);

export const sectionCompany = landmark('2017 current company', [
  // The 2018 revision's company link beside the school and contact links. Seen 2026-11 (2017 layout, 2018 revision).
  '.pv-top-card-v2-section__company-name',
  // The first revision's company line under the headline. Seen 2026-11 (2017 layout).
  '.pv-top-card-section__company',
]);

// ---------------------------------------------------------------------------------------
// Profile: the 2016 top card (public, and the member view of the time)

export const classicTopCard = landmark('2016 profile top card', [
  // The public profile's top card, then the member view's. Seen 2026-11 (2016 layout).
  '#topcard',
  '#top-card',
  '.profile-overview',
]);

export const classicName = landmark('2016 profile name', [
  // The public page's heading, then the member view's heading around its full-name span.
  // Seen 2026-11 (2016 layout).
  'h1#name',
  '#name h1',
  '.full-name',
]);

export const classicHeadline = landmark('2016 profile headline', [
  // Seen 2026-11 (2016 layout).
  '.headline.title',
  '#headline .title',
]);

export const classicLocation = landmark('2016 profile location', [
  // The public page's demographics, then the member view's location line. Seen 2026-11 (2016 layout).
  '#demographics .locality',
  '#location .locality',
]);

export const classicCompany = landmark('2016 current company', [
  // The overview table's "Current" row, public then member view. Seen 2026-11 (2016 layout).
  'tr[data-section="currentPositionsDetails"] td a',
  'tr[data-section="currentPositionsDetails"] td',
  '#overview-summary-current td a',
]);

// ---------------------------------------------------------------------------------------
// Profile: the public (logged-out) page

export const publicTopCard = landmark('public profile top card', [
  // The public top card. Logged-out pages carry no ids worth trusting. Seen 2026-11.
  'section.top-card-layout',
  '.top-card-layout',
]);

export const publicName = landmark('public profile name', [
  // Seen 2026-11.
  'h1.top-card-layout__title',
  '.top-card-layout__title',
  'h1',
]);

export const publicHeadline = landmark('public profile headline', [
  // Seen 2026-11.
  'h2.top-card-layout__headline',
  '.top-card-layout__headline',
]);

export const publicLocation = landmark('public profile location', [
  // The line under the headline: location, then connections. Seen 2026-11.
  '.top-card__subline-item',
  '.profile-info-subheader .not-first-middot > span',
]);

export const publicCompany = landmark('public profile current company', [
  // The current positions link, by LinkedIn's section and tracking names. Seen 2026-11.
  '[data-section="currentPositionsDetails"] .top-card-link__description',
  'a[data-tracking-control-name="public_profile_topcard-current-company"]',
  '[data-section="currentPositionsDetails"] a',
]);

/** "Location: Minneapolis, Minnesota · 500+ connections on LinkedIn" in og:description. */
export const locationInDescription = /(?:^|·)\s*Location:\s*([^·]+?)\s*(?:·|$)/i;

/** One layout's top card: where its name, headline, location and current company are. */
export interface ProfileLayout {
  /** Which layout (the reader's `source`). */
  readonly source:
    'top_card_2024' | 'top_card_2022' | 'top_card_2019' | 'top_card_2017' | 'top_card_2016' | 'public';
  readonly card: Landmark;
  readonly name: Landmark;
  readonly headline: Landmark;
  /** Every match is a candidate (alternatives in order, then page order): the first place wins. */
  readonly location: Landmark;
  /** The company's name as text; the "Current company" label and the experience card are read too. */
  readonly company: Landmark | null;
}

/** The layouts, tried in this order: see the section's opening comment. */
export const profileLayouts: readonly ProfileLayout[] = [
  {
    source: 'top_card_2022',
    card: topCard,
    name: legacyName,
    headline: legacyHeadline,
    location: legacyLocation,
    company: legacyCompany,
  },
  {
    source: 'top_card_2019',
    card: topCard,
    name: listName,
    headline: listHeadline,
    location: listLocation,
    company: listCompany,
  },
  {
    source: 'top_card_2024',
    card: topCard,
    name: profileName,
    headline: profileHeadline,
    location: profileLocation,
    company: null,
  },
  {
    source: 'top_card_2017',
    card: sectionTopCard,
    name: sectionName,
    headline: sectionHeadline,
    location: sectionLocation,
    company: sectionCompany,
  },
  {
    source: 'public',
    card: publicTopCard,
    name: publicName,
    headline: publicHeadline,
    location: publicLocation,
    company: publicCompany,
  },
  {
    source: 'top_card_2016',
    card: classicTopCard,
    name: classicName,
    headline: classicHeadline,
    location: classicLocation,
    company: classicCompany,
  },
];

// ---------------------------------------------------------------------------------------
// Pages that are not a profile, or not one the user can reach

export const notFoundHeading = landmark('not-found heading', [
  // The empty-state heading LinkedIn shows for a missing page or profile (logged in), and
  // any top heading (the public "Profile Not Found" page has no empty state). Seen 2026-11.
  '.artdeco-empty-state__headline',
  'h1',
  'h2',
]);

/**
 * LinkedIn's words for a missing page or profile (English UI), as the whole heading or
 * title, so that a job or a person whose name merely contains them is not taken for one.
 * Three forms: "Page Not Found" / "Profile Not Found" / "Profile unavailable"; "This page
 * doesn’t exist" / "This profile is not available" / "The profile you’re looking for could
 * not be found"; "Sorry, we couldn’t find this profile".
 */
export const notFoundWording = new RegExp(
  [
    /(?:page|profile) (?:not found|(?:is )?unavailable)/,
    /(?:sorry,? )?(?:this|that|the) (?:linkedin )?(?:page|profile)(?: you(?:[’']re| are) looking for)? (?:does(?:n[’']t| not) exist|(?:is|was)(?:n[’']t| not) (?:found|available)|is unavailable|(?:could|can)(?:n[’']t|not| not) be found)/,
    /(?:sorry,? )?we (?:couldn[’']t|could not|can[’']t|cannot) find (?:this|that|the) (?:linkedin )?(?:page|profile)/,
  ]
    .map((form) => `^${form.source}[.!]?$`)
    .join('|'),
  'i',
);

export const authwall = landmark('sign-in wall', [
  // The join and sign-in forms of the wall, by where they post. Seen 2026-11.
  'form[action*="/signup/cold-join"]',
  // LinkedIn's authwall sections. Seen 2026-11.
  '.authwall-join-form',
  '.authwall-sign-in-form',
  // The sign-in modal over a public page ("Sign in to view Hannah’s full profile"), kept
  // hidden in the page until it is shown. Seen 2026-11.
  '.contextual-sign-in-modal',
  '[role="dialog"] form.sign-in-form',
]);

/** Paths that are the sign-in wall itself. */
export const authwallPath = /^\/(?:authwall|login|signup|uas\/login|checkpoint)(?:\/|$)/;

export const hiddenFromAssistiveTech = landmark('part hidden from assistive technology', [
  // What a modal hides from screen readers while it is open: the sign-in modal over a
  // public profile, the invitation dialog over a profile. Our UI never goes in there:
  // nobody using a screen reader or the keyboard could reach it. Seen 2026-11.
  '[aria-hidden="true"]',
  '[inert]',
]);

// ---------------------------------------------------------------------------------------
// Jobs: a job's page (/jobs/view/<id>/) and the search page's side panel

export const jobDetails = landmark('job details', [
  // The job's details: the whole page on /jobs/view/, the side panel on a search. The list
  // beside the panel is outside it. No stable hook. Seen 2026-11.
  'div.jobs-details',
  '.jobs-search__job-details--container',
  '.job-view-layout',
  // The public (logged-out) job page's top card. Seen 2026-11.
  'section.top-card-layout',
]);

export const jobTitle = landmark('job title', [
  // The job's title is the details' level-1 heading. Seen 2026-11.
  'h1',
  // LinkedIn's top card classes (2024 unified top card, then 2023). Seen 2026-11.
  '.job-details-jobs-unified-top-card__job-title',
  '.jobs-unified-top-card__job-title',
]);

export const jobTitleLink = landmark('job title link', [
  // In the side panel the title links to the job's own page, which names its id. Seen 2026-11.
  'h1 a[href*="/jobs/view/"]',
  '.job-details-jobs-unified-top-card__job-title a[href*="/jobs/view/"]',
]);

export const jobCompany = landmark('job company', [
  // The company's name, a link to its page. Class names only. Seen 2026-11.
  '.job-details-jobs-unified-top-card__company-name a',
  '.job-details-jobs-unified-top-card__company-name',
  '.jobs-unified-top-card__company-name',
  // The public job page's company link. Seen 2026-11.
  'a.topcard__org-name-link',
]);

export const jobDescriptionLine = landmark('job primary description', [
  // "Boston, MA · Reposted 2 days ago · Over 100 applicants": the location comes first. Seen 2026-11.
  '.job-details-jobs-unified-top-card__primary-description-container',
  '.job-details-jobs-unified-top-card__tertiary-description-container',
  '.jobs-unified-top-card__bullet',
  '.topcard__flavor--bullet',
]);

// ---------------------------------------------------------------------------------------
// Messaging: the messaging page and the chat bubbles over any page

export const messageEditor = landmark('message composer', [
  // The composer, in LinkedIn's English UI ("Write a message…"). Seen 2026-11.
  'div[role="textbox"][contenteditable="true"][aria-label^="Write a message"]',
  // The composer by LinkedIn's class, in any language. Seen 2026-11.
  'div.msg-form__contenteditable[contenteditable="true"][role="textbox"]',
  'form.msg-form div[contenteditable="true"]',
]);

export const conversation = landmark('open conversation', [
  // The open conversation on the messaging page, then a chat bubble. Class names only. Seen 2026-11.
  'div.msg-convo-wrapper',
  'div.msg-thread',
  'div.msg-overlay-conversation-bubble',
]);

export const conversationTitle = landmark('conversation participant name', [
  // The title bar's heading, which the page's "skip to" link targets. Seen 2026-11.
  '#thread-detail-jump-target',
  // LinkedIn's classes for it (page, then chat bubble). Seen 2026-11.
  '.msg-entity-lockup__entity-title',
  '.msg-overlay-bubble-header__title',
]);

export const conversationProfileLink = landmark('conversation participant profile link', [
  // The title bar's link to the participant's profile. Seen 2026-11.
  '.msg-title-bar a[href*="/in/"]',
  '.msg-overlay-bubble-header a[href*="/in/"]',
  'a.msg-thread__link-to-profile',
]);

export const messageEvent = landmark('conversation message', [
  // One message in the conversation. Seen 2026-11.
  'li.msg-s-message-list__event',
  '.msg-s-event-listitem',
]);

export const messageSender = landmark('conversation message sender', [
  // The sender's name, shown on the first message of each run by the same sender. Seen 2026-11.
  '.msg-s-message-group__name',
  '.msg-s-message-group__profile-link',
]);

export const messageSenderLink = landmark('conversation message sender link', [
  // The link around the sender's photo and name. Seen 2026-11.
  'a.msg-s-event-listitem__link[href*="/in/"]',
  'a[href*="/in/"]',
]);

export const messageText = landmark('conversation message text', [
  // The message's text. Seen 2026-11.
  '.msg-s-event-listitem__body',
  'p.msg-s-event-listitem__body',
]);

export const messageFromOther = landmark('message from the other side', [
  // LinkedIn's modifier on messages the user did not send. Seen 2026-11.
  '.msg-s-event-listitem--other',
]);

// ---------------------------------------------------------------------------------------
// The connection invitation's note

export const invitationNote = landmark('invitation note', [
  // The note's field, by its id and form name. Seen 2026-11.
  'textarea#custom-message[name="message"]',
  'textarea[name="message"]',
  // LinkedIn's class for it. Seen 2026-11.
  'textarea.connect-button-send-invite__custom-message',
]);

export const dialog = landmark('dialog', [
  // Any modal is a dialog. Seen 2026-11.
  'div[role="dialog"]',
  // LinkedIn's modal class. Seen 2026-11.
  '.artdeco-modal',
]);

export const inviteeName = landmark('invitee name', [
  // The modal names the invitee in bold: "…your invitation to <strong>Samuel</strong>". Seen 2026-11.
  'strong',
  '.artdeco-modal__content .t-bold',
]);

/** LinkedIn's limit on an invitation note when the field does not say (premium and most accounts). */
export const defaultInvitationLimit = 300;

// ---------------------------------------------------------------------------------------
// Addresses

/** LinkedIn's hosts: linkedin.com and its subdomains (www, country, mobile). */
export const linkedInHost = /^(?:[a-z0-9-]+\.)*linkedin\.com$/i;
/** A member id in place of a vanity slug (/in/ACoAA…): case matters, so it is kept as written. */
export const memberId = /^ACo[A-Za-z0-9_-]{10,}$/;
/**
 * The one subpage of a profile that is the profile itself: a language version (/in/<slug>/fr/).
 * Every other (/details/…, /recent-activity/…, /overlay/…, /edit/…) is a page of its own.
 */
export const profileLanguage = /^[a-z]{2}(?:[-_][a-z]{2})?$/i;
/** The jobs pages that show a job: its own page, a search's or a collection's side panel. */
export const jobPages = /^(?:view|search|search-results|collections)$/;
/** A job id: digits, alone or at the end of a job's slug ("senior-analyst-at-brightwater-4210000001"). */
export const jobIdInSegment = /(?:^|-)(\d{6,})$/;
