import { z } from 'zod';

/**
 * The one protocol between Afterview's contexts. Every request names a method; each method
 * has a zod schema for its params and its result, and says which contexts may call it.
 * The background validates everything that arrives: a content script runs inside Gmail's
 * or LinkedIn's page and its messages are untrusted input.
 */

export const SiteName = z.enum(['gmail', 'linkedin']);
export type SiteName = z.infer<typeof SiteName>;

/** Where a site's pages live; the sender of a content-script message must be on it. */
export const siteOrigins: Record<SiteName, string> = {
  gmail: 'https://mail.google.com',
  linkedin: 'https://www.linkedin.com',
};

const IsoDateTime = z.iso.datetime({ offset: true });

/** What the background remembers of a site: proof that Afterview is connected there. */
export const SiteRecord = z.object({
  site: SiteName,
  firstSeen: IsoDateTime,
  lastSeen: IsoDateTime,
  visits: z.number().int().nonnegative(),
});
export type SiteRecord = z.infer<typeof SiteRecord>;

/** `content`: a content script in a site tab. `extension`: our own pages (popup, dashboard). */
export type Caller = 'content' | 'extension';

export const protocol = {
  ping: {
    params: z.object({}).strict(),
    result: z.object({ pong: z.literal(true), version: z.string() }),
    callers: ['content', 'extension'],
  },
  siteSeen: {
    params: z.object({ site: SiteName }).strict(),
    result: SiteRecord,
    callers: ['content'],
  },
  siteStatus: {
    params: z.object({}).strict(),
    result: z.array(SiteRecord),
    callers: ['extension'],
  },
} as const satisfies Record<string, { params: z.ZodType; result: z.ZodType; callers: readonly Caller[] }>;

export type Method = keyof typeof protocol;
export type Params<M extends Method> = z.input<(typeof protocol)[M]['params']>;
export type Result<M extends Method> = z.output<(typeof protocol)[M]['result']>;

export const methodNames = Object.keys(protocol) as Method[];

/** The envelope every request travels in. */
export const Request = z
  .object({
    afterview: z.literal(1),
    method: z.string().max(64),
    params: z.unknown(),
  })
  .strict();
export type Request = z.infer<typeof Request>;

export const ErrorCode = z.enum(['bad_request', 'unknown_method', 'forbidden', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const Failure = z.object({
  ok: z.literal(false),
  error: z.object({ code: ErrorCode, message: z.string() }),
});
export type Failure = z.infer<typeof Failure>;

export const Reply = z.union([z.object({ ok: z.literal(true), result: z.unknown() }), Failure]);
export type Reply = z.infer<typeof Reply>;

export function failure(code: ErrorCode, message: string): Failure {
  return { ok: false, error: { code, message } };
}

/** "params.site: Invalid option…" — names the field so the caller knows what to fix. */
export function describeZodError(error: z.ZodError, root: string): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = [root, ...issue.path.map(String)].join('.');
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}
