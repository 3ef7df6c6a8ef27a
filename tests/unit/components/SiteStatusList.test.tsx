// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteStatusList } from '@/components/SiteStatusList';
import { outlinePage } from '@/lib/content/outline';
import { downloadFile } from '@/lib/ui/download';

vi.mock('@/lib/ui/download', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  downloadFile: vi.fn(),
}));

describe('SiteStatusList', () => {
  it('tells how to connect a site not seen yet', () => {
    render(<SiteStatusList sites={[]} now={new Date('2026-05-01T12:00:00Z')} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Gmail not seen yet: open Gmail to connect it',
      'Outlook not seen yet: open Outlook to connect it',
      'LinkedIn not seen yet: open LinkedIn to connect it',
    ]);
    expect(screen.getByRole('link', { name: 'Gmail' }).getAttribute('href')).toBe('https://mail.google.com/');
  });

  it('shows when a connected site was last seen', () => {
    const sites = [
      {
        site: 'gmail' as const,
        firstSeen: '2026-05-01T09:00:00Z',
        lastSeen: '2026-05-01T11:00:00Z',
        visits: 3,
        layout: 'recognised' as const,
        missing: null,
        origin: null,
      },
    ];
    render(<SiteStatusList sites={sites} now={new Date('2026-05-01T12:00:00Z')} />);
    expect(screen.getAllByRole('listitem')[0]!.textContent).toBe('Gmail connected · seen about 1 hour ago');
  });

  it('says the site is paused when its layout was not recognised, naming what was missing', () => {
    const sites = [
      {
        site: 'gmail' as const,
        firstSeen: '2026-05-01T09:00:00Z',
        lastSeen: '2026-05-01T11:00:00Z',
        visits: 3,
        layout: 'unrecognised' as const,
        missing: 'the main area',
        origin: null,
      },
    ];
    render(<SiteStatusList sites={sites} now={new Date('2026-05-01T12:00:00Z')} />);
    expect(screen.getByRole('status').textContent).toMatch(
      /^paused: Gmail’s layout was not recognised \(the main area not found\)\./,
    );
  });

  it('says a partly read layout is degraded, naming the parts not found, not that it is paused', () => {
    const sites = [
      {
        site: 'linkedin' as const,
        firstSeen: '2026-05-01T09:00:00Z',
        lastSeen: '2026-05-01T11:00:00Z',
        visits: 3,
        layout: 'degraded' as const,
        missing: 'headline, company',
        origin: null,
      },
    ];
    render(<SiteStatusList sites={sites} now={new Date('2026-05-01T12:00:00Z')} />);
    const status = screen.getByRole('status').textContent ?? '';
    expect(status).toMatch(
      /^partly recognised: LinkedIn’s layout has changed in places \(headline, company not found\)/,
    );
    expect(status).not.toMatch(/paused/);
  });
});

describe('SiteStatusList: Save a layout report', () => {
  const record = (layout: 'recognised' | 'degraded' | 'unrecognised') => ({
    site: 'gmail' as const,
    firstSeen: '2026-05-01T09:00:00Z',
    lastSeen: '2026-05-01T11:00:00Z',
    visits: 3,
    layout,
    missing: layout === 'recognised' ? null : 'the main area',
    origin: null,
  });
  const gmailTab = 7;
  const show = (layout: 'recognised' | 'degraded' | 'unrecognised', reportTabs = { gmail: gmailTab }) =>
    render(
      <SiteStatusList
        sites={[record(layout)]}
        now={new Date('2026-05-01T12:00:00Z')}
        reportTabs={reportTabs}
      />,
    );
  const button = () => screen.queryByRole('button', { name: 'Save a layout report of the Gmail page' });
  beforeEach(() => vi.mocked(downloadFile).mockClear());

  /** A Gmail tab whose content script answers with `reply` (or fails). */
  function gmailAnswers(reply: () => Promise<unknown>, url = 'https://mail.google.com/mail/u/0/#inbox') {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: gmailTab, url } as never);
    return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(reply as never);
  }
  const gmailReport = () => {
    const doc = document.implementation.createHTMLDocument('');
    const main = doc.createElement('div');
    main.setAttribute('role', 'main');
    main.textContent = 'Hi Priya';
    doc.body.append(main);
    return outlinePage(doc, {
      site: 'gmail',
      layout: { status: 'unrecognised', missing: 'main view' },
      version: '0.1.0',
      now: new Date('2026-05-01T12:00:00Z'),
      url: 'https://mail.google.com/mail/u/0/#inbox',
      landmarks: [],
    });
  };

  it.each(['unrecognised', 'degraded'] as const)('is offered plainly where the layout is %s', (layout) => {
    show(layout);
    expect(button()!.className).not.toContain('link');
    expect(screen.getByText(/to attach to a bug report/)).toBeTruthy();
  });

  it('is offered as a small link where the layout is recognised', () => {
    show('recognised');
    expect(button()!.className).toContain('link');
    expect(screen.queryByText(/to attach to a bug report/)).toBeNull();
  });

  it('is not offered when the site is not open in the tab the popup looks at', () => {
    show('unrecognised', {} as { gmail: number });
    expect(button()).toBeNull();
  });

  it('is not offered for a site never seen, even open in a tab', () => {
    render(<SiteStatusList sites={[]} now={new Date()} reportTabs={{ gmail: gmailTab }} />);
    expect(button()).toBeNull();
  });

  it('asks the Gmail tab, saves the file and says where and what it holds', async () => {
    const send = gmailAnswers(async () => gmailReport());
    show('unrecognised');
    fireEvent.click(button()!);
    await waitFor(() => expect(downloadFile).toHaveBeenCalled());
    expect(send).toHaveBeenCalledWith(gmailTab, { afterview: 1, ask: 'layoutReport' }, { frameId: 0 });
    const [fileName, content] = vi.mocked(downloadFile).mock.calls[0]!;
    expect(fileName).toBe('afterview-layout-gmail-2026-05-01.json');
    expect(JSON.stringify(content)).not.toContain('Priya');
    const message = await screen.findByText(/^Saved afterview-layout-gmail-2026-05-01\.json/);
    expect(message.textContent).toMatch(/no text, no names, no addresses/);
    expect(message.getAttribute('role')).toBe('status');
  });

  it('says to reload the page when the content script does not answer', async () => {
    gmailAnswers(() =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    );
    show('unrecognised');
    fireEvent.click(button()!);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Afterview did not answer from the Gmail tab. Reload the page and try again.',
    );
    expect(downloadFile).not.toHaveBeenCalled();
  });

  it('says so when the tab has left Gmail since the popup opened', async () => {
    gmailAnswers(async () => gmailReport(), 'https://example.com/');
    show('unrecognised');
    fireEvent.click(button()!);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That tab is no longer on Gmail. Open Gmail and try again.',
    );
  });

  it('saves nothing when the answer carries text', async () => {
    gmailAnswers(async () => ({ ...gmailReport(), outline: { tag: 'body', children: ['Hi Priya'] } }));
    show('unrecognised');
    fireEvent.click(button()!);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^The Gmail page’s answer could not be used \(.+\)\. Reload the page and try again\.$/,
    );
    expect(downloadFile).not.toHaveBeenCalled();
  });
});
