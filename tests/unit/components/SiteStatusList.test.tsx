// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SiteStatusList } from '@/components/SiteStatusList';

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
