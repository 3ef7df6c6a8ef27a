/**
 * Meeting links (Zoom, Google Meet, Teams, Webex, Whereby) in the text, normalised to https.
 */

const MEETING_LINK =
  /(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com)(?:\/[^\s<>"'\])]*)?/gi;

const LINK_CUE = /zoom\.us|meet\.google|teams\.|webex|whereby/i;

export function findMeetingLinks(text: string): string[] {
  const out: string[] = [];
  if (!LINK_CUE.test(text)) return out;
  for (const m of text.matchAll(MEETING_LINK)) {
    let url = m[0].replace(/[.,;:!?)]+$/, '');
    // A bare domain ("join on zoom.us") is a mention, not a link.
    if (!/\/./.test(url.replace(/^https?:\/\//i, ''))) continue;
    if (!/^https?:\/\//i.test(url)) url = `https://${url}`;
    if (!out.includes(url)) out.push(url);
  }
  return out;
}
