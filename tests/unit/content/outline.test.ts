// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outlinePage, type OutlineOptions, pathShape, selectorClasses } from '@/lib/content/outline';
import { HOST_TAG } from '@/lib/content/shadow';
import { LayoutReport, type OutlineChild, type OutlineNode } from '@/lib/messaging/layout-report';
import { landmark, landmarksIn } from '@/lib/sites/landmarks';
import * as gmail from '@/lib/sites/gmail/selectors';
import * as linkedin from '@/lib/sites/linkedin/selectors';
import * as outlook from '@/lib/sites/outlook/selectors';

/**
 * The outline goes into a public bug report: these fixtures put people, addresses, links and
 * ids everywhere a page can (text, title, aria-label, href, data-*, id, class, alt, value,
 * role, inline style, scripts, comments, shadow roots) and check that none of it comes out.
 */

const priya = 'Priya Natarajan';
const priyaAddress = 'priya.natarajan@brightwater.example';
const jordanAddress = 'jordan.rivera@example.com';
const link = 'https://brightwater.example/careers/senior-analyst?ref=jordan';
const threadId = 'FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD';

/** Everything that must never appear in a report, however spelled. */
const secrets = [
  'priya',
  'natarajan',
  'jordan',
  'rivera',
  'brightwater',
  'example.com',
  '@',
  'http',
  'mailto',
  threadId.toLowerCase(),
  '18771550',
  'senior-analyst',
  'interview on',
  'loading',
  'photo',
  'secret',
];

const hostile = `
<div id="priya-natarajan" class="zA priya-natarajan ${jordanAddress} thread-18771550" role="main"
     title="${priya} <${priyaAddress}>" aria-label="Conversation with ${priya}"
     data-thread-id="#thread-f:18771550" data-hovercard-id="${priyaAddress}" data-name="${priya}"
     style="background: url(${link})">
  <!-- a comment about ${priya} -->
  <h2 data-legacy-thread-id="${threadId}">Interview on Friday with ${priya}</h2>
  <span email="${priyaAddress}" name="${priya}" role="${priya}" aria-hidden="${priya}">${priya}</span>
  <a href="mailto:${priyaAddress}" title="${jordanAddress}" role="link button">Write to ${priyaAddress}</a>
  <a href="${link}" rel="noopener" target="_blank">${link}</a>
  <img src="${link}/photo.jpg" alt="Photo of ${priya}" srcset="${link}/photo@2x.jpg 2x">
  <input type="email" value="${jordanAddress}" placeholder="${priya}" name="to" aria-hidden="true">
  <input type="priya" value="secret">
  <textarea name="body">Dear ${priya}, secret</textarea>
  <select name="who"><option value="${priyaAddress}" selected>${priya}</option></select>
  <time datetime="2026-11-16T10:00:00-05:00" title="Mon, Nov 16, 2026, 10:00 AM">Nov 16</time>
  <button type="button" aria-expanded="true" aria-controls="${priyaAddress}" hidden>Open</button>
  <script type="application/json">{"user":"${jordanAddress}","name":"${priya}"}</script>
  <style>.x::after { content: "${priya}" }</style>
  <noscript>${priya}</noscript>
  <template><span>${priya}</span></template>
  <iframe srcdoc="<p>${priya}</p>" title="${priya}"></iframe>
  <div class="open-host"></div>
  <div class="closed-host"></div>
  <div data-${'x'}="1" data-jordan.rivera@example.com="1" data-user-18771550="1">Loading ${jordanAddress}</div>
</div>`;

function hostileDocument(): Document {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html lang="en"><head><title>${priyaAddress}</title></head><body>${hostile}</body></html>`,
    'text/html',
  );
  const open = doc.querySelector('.open-host')!.attachShadow({ mode: 'open' });
  const card = doc.createElement('div');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', `${priya} (${priyaAddress})`);
  const name = doc.createElement('a');
  name.setAttribute('href', link);
  name.setAttribute('data-email', jordanAddress);
  name.textContent = `${priya} · ${jordanAddress}`;
  card.append(name);
  open.append(card);

  const closed = doc.querySelector('.closed-host')!.attachShadow({ mode: 'closed' });
  const hidden = doc.createElement('p');
  hidden.setAttribute('data-closed-inside', '');
  hidden.textContent = priya;
  closed.append(hidden);

  // Afterview's own UI shows the user's records: never part of the page's outline.
  const ours = doc.createElement(HOST_TAG);
  const ourRoot = ours.attachShadow({ mode: 'open' });
  const chip = doc.createElement('span');
  chip.setAttribute('data-our-chip', '');
  chip.textContent = `Tracked: ${priya}`;
  ourRoot.append(chip);
  doc.body.append(ours);
  return doc;
}

const defaults = (extra: Partial<OutlineOptions> = {}): OutlineOptions => ({
  site: 'gmail',
  layout: { status: 'unrecognised', missing: 'main view' },
  version: '0.1.0',
  now: new Date('2026-11-16T16:52:00Z'),
  url: `https://mail.google.com/mail/u/0/#search/${encodeURIComponent(priyaAddress)}/${threadId}?compose=new`,
  landmarks: landmarksIn(gmail),
  ...extra,
});

/** Every node of an outline, depth first, text markers included. */
function nodes(root: OutlineChild): OutlineChild[] {
  if (typeof root === 'string') return [root];
  return [root, ...[...(root.shadow ?? []), ...(root.children ?? [])].flatMap(nodes)];
}
const elements = (root: OutlineNode) => nodes(root).filter((n): n is OutlineNode => typeof n !== 'string');
const find = (root: OutlineNode, test: (node: OutlineNode) => boolean) => elements(root).find(test);

describe('outlinePage on a hostile page', () => {
  const report = outlinePage(hostileDocument(), defaults());
  const json = JSON.stringify(report).toLowerCase();

  it.each(secrets)('lets nothing of "%s" out', (secret) => {
    expect(json).not.toContain(secret.toLowerCase());
  });

  it('is a report the popup accepts', () => {
    expect(LayoutReport.parse(report)).toEqual(report);
  });

  it('says where, when, by which version and how the reader saw the layout', () => {
    expect(report).toMatchObject({
      kind: 'afterview-layout-report',
      site: 'gmail',
      date: '2026-11-16',
      version: '0.1.0',
      path: '/mail/u/N/#search/…?…',
      language: 'en',
      layout: { status: 'unrecognised', missing: 'main view' },
    });
  });

  it('keeps the structure: tags, roles, attribute names and text lengths', () => {
    const main = report.outline.children![0] as OutlineNode;
    expect(main.tag).toBe('div');
    expect(main.values).toEqual({ role: 'main' });
    expect(main.attributes).toEqual(
      expect.arrayContaining(['aria-label', 'class', 'data-hovercard-id', 'data-thread-id', 'id', 'title']),
    );
    const heading = find(report.outline, (n) => n.tag === 'h2')!;
    expect(heading.attributes).toEqual(['data-legacy-thread-id']);
    expect(heading.children).toEqual([`#text(${`Interview on Friday with ${priya}`.length})`]);
    expect(find(report.outline, (n) => n.tag === 'time')?.attributes).toEqual(['datetime', 'title']);
  });

  it('keeps only allowed values, and only as our own words', () => {
    const span = find(report.outline, (n) => n.tag === 'span' && !!n.attributes?.includes('email'))!;
    // role="Priya Natarajan" and aria-hidden="Priya…" are not on their lists: names only.
    expect(span.values).toBeUndefined();
    expect(span.attributes).toEqual(['aria-hidden', 'email', 'name', 'role']);
    const mailto = find(report.outline, (n) => n.tag === 'a' && n.values?.role !== undefined)!;
    expect(mailto.values).toEqual({ role: 'link button' });
    const inputs = elements(report.outline).filter((n) => n.tag === 'input');
    expect(inputs.map((n) => n.values)).toEqual([{ type: 'email', 'aria-hidden': 'true' }, undefined]);
    expect(find(report.outline, (n) => n.tag === 'button')?.values).toEqual({
      type: 'button',
      hidden: '',
      'aria-expanded': 'true',
    });
  });

  it('names only the classes our selectors use, and counts the others', () => {
    const main = report.outline.children![0] as OutlineNode;
    expect(main.classes).toEqual(['zA']);
    expect(main.otherClasses).toBe(3);
    expect(main.styleHidden).toBeUndefined();
  });

  it('drops attribute names that could hold an address or a number', () => {
    const loading = find(report.outline, (n) => !!n.attributes?.includes('data-x'))!;
    expect(loading.attributes).toEqual(['data-x']);
    expect(loading.otherAttributes).toBe(2);
  });

  it('describes code, frames and templates without entering them', () => {
    for (const tag of ['script', 'style', 'noscript', 'template', 'iframe', 'textarea']) {
      const node = find(report.outline, (n) => n.tag === tag)!;
      expect(node.children, tag).toBeUndefined();
    }
  });

  it('enters open shadow roots, not closed ones nor Afterview’s own UI', () => {
    const host = find(report.outline, (n) => n.shadow !== undefined)!;
    expect(host.shadow).toEqual([
      {
        tag: 'div',
        attributes: ['aria-label', 'role'],
        values: { role: 'dialog' },
        children: [expect.anything()],
      },
    ]);
    expect(json).not.toContain('data-closed-inside');
    expect(json).not.toContain('data-our-chip');
    expect(json).not.toContain(HOST_TAG);
    expect(report.counts.shadowRoots).toBe(1);
  });

  it('marks what our selectors found, and which alternative found it', () => {
    const row = landmark('thread list row', ['tr[role="row"]', 'div.zA']);
    const missing = landmark('account button', ['a[aria-label^="Google Account: "]']);
    const marked = outlinePage(hostileDocument(), defaults({ landmarks: [row, missing] }));
    expect(marked.landmarks).toEqual([
      { name: 'thread list row', alternative: 1, selector: 'div.zA', count: 1 },
      { name: 'account button', alternative: null, selector: null, count: 0 },
    ]);
    expect((marked.outline.children![0] as OutlineNode).hits).toEqual(['thread list row']);
  });
});

describe('outlinePage limits', () => {
  // No selectors here: only the walk is measured (and happy-dom's selector engine is slow).
  const options = (extra: Partial<OutlineOptions> = {}) => defaults({ landmarks: [], ...extra });
  const page = (build: (doc: Document) => void) => {
    const doc = document.implementation.createHTMLDocument('');
    build(doc);
    return doc;
  };

  it('stops at the node budget and says what it left out', () => {
    const doc = page((d) => {
      for (let i = 0; i < 200; i += 1) {
        const group = d.createElement('div');
        for (let j = 0; j < 30; j += 1) group.append(d.createElement('span'));
        d.body.append(group);
      }
    });
    const report = outlinePage(doc, options({ limits: { maxNodes: 500, maxChildren: 1_000 } }));
    expect(report.counts.nodes).toBeLessThanOrEqual(500);
    expect(report.counts.truncated).toBe(true);
    expect(report.outline.omitted).toBeGreaterThan(0);
  });

  it('describes a few children of each element, not a list of thousands', () => {
    const doc = page((d) => {
      for (let i = 0; i < 1_000; i += 1) d.body.append(d.createElement('li'));
    });
    const report = outlinePage(doc, options());
    expect(report.outline.children).toHaveLength(40);
    expect(report.outline.omitted).toBe(960);
    expect(LayoutReport.safeParse(report).success).toBe(true);
  });

  it('stops at the depth limit', () => {
    const doc = page((d) => {
      let at: Element = d.body;
      for (let i = 0; i < 300; i += 1) {
        const next = d.createElement('div');
        at.append(next);
        at = next;
      }
    });
    const report = outlinePage(doc, options());
    expect(elements(report.outline)).toHaveLength(65);
    expect(report.counts.truncated).toBe(true);
  });

  it('keeps the whole report within what the popup accepts on a wide, busy page', () => {
    const doc = page((d) => {
      for (let i = 0; i < 100; i += 1) {
        const row = d.createElement('div');
        for (let a = 0; a < 50; a += 1) row.setAttribute(`data-attribute-with-a-long-name-${a}`, 'x');
        for (let j = 0; j < 60; j += 1) row.append(d.createElement('b'), d.createTextNode('word'));
        d.body.append(row);
      }
    });
    const report = outlinePage(doc, options());
    expect(report.counts.nodes).toBeLessThanOrEqual(5_000);
    expect(LayoutReport.safeParse(report).success).toBe(true);
  });
});

describe('the popup’s check of a report', () => {
  const good = outlinePage(hostileDocument(), defaults());
  const withOutline = (outline: unknown) => ({ ...good, outline });

  it.each([
    ['a value not on its list', { tag: 'a', values: { title: priya } }],
    ['a role that is not a role', { tag: 'span', values: { role: priya } }],
    ['text instead of a length', { tag: 'p', children: [priya] }],
    ['an address as a class', { tag: 'p', classes: [priyaAddress] }],
    ['an address as an attribute name', { tag: 'p', attributes: [priyaAddress] }],
    ['an unknown field', { tag: 'p', text: priya }],
  ])('refuses %s', (_what, outline) => {
    expect(LayoutReport.safeParse(withOutline(outline)).success).toBe(false);
  });

  it('refuses a path that is not a shape', () => {
    expect(LayoutReport.safeParse({ ...good, path: `/mail/u/0/#inbox/${threadId}` }).success).toBe(false);
  });
});

describe('pathShape', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', '/mail/u/N/#inbox'],
    [`https://mail.google.com/mail/u/1/#inbox/${threadId}`, '/mail/u/N/#inbox/…'],
    ['https://mail.google.com/mail/u/0/#label/Jobs%2FBrightwater/FMfcgz', '/mail/u/N/#label/…'],
    ['https://mail.google.com/mail/u/0/?ui=2&ik=abc#search/from%3Apriya', '/mail/u/N/#search/…?…'],
    [
      'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hNzU3LTc2ZmUtMDACLTAwCgAQ',
      '/mail/inbox/id/…',
    ],
    ['https://outlook.live.com/mail/0/sentitems', '/mail/N/sentitems'],
    ['https://www.linkedin.com/in/priya-natarajan-18771550/', '/in/…/'],
    ['https://www.linkedin.com/in/priya-natarajan/details/experience/', '/in/…/details/experience/'],
    ['https://www.linkedin.com/messaging/thread/2-YzQ1ZWNj/', '/messaging/thread/…/'],
    ['not a url', ''],
  ])('%s → %s', (url, shape) => {
    expect(pathShape(url)).toBe(shape);
  });
});

describe('landmarksIn and selectorClasses', () => {
  it('finds every site’s landmarks in its selectors file', () => {
    for (const [site, selectors] of Object.entries({ gmail, outlook, linkedin })) {
      expect(landmarksIn(selectors).length, site).toBeGreaterThan(5);
    }
  });

  it('takes class names from selectors, not from quoted or bracketed parts', () => {
    const classes = selectorClasses([
      landmark('x', ['a[href*="accounts.google.com/x"].gb_B', 'td.xW span[title]', 'div.adn.ads, div.adf']),
    ]);
    expect([...classes].sort()).toEqual(['adf', 'adn', 'ads', 'gb_B', 'xW']);
  });
});
