import type { z } from 'zod';
import {
  type Caller,
  describeZodError,
  type ErrorCode,
  failure,
  type Method,
  protocol,
  type Reply,
  Request,
  type Result,
  type SiteName,
  siteOrigins,
} from './protocol';
import { STORAGE_FULL_MESSAGE } from './storage-full';

/** The parts of `runtime.MessageSender` the router trusts, and only after checking them. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

export interface CallContext {
  caller: Caller;
  /** For content-script callers: the site whose page sent the message. */
  site: SiteName | null;
  /** For content-script callers: the page's origin ("https://outlook.office.com"). */
  origin?: string;
}

export type Handlers = {
  [M in Method]: (
    params: z.output<(typeof protocol)[M]['params']>,
    context: CallContext,
  ) => Promise<Result<M>>;
};

export interface Self {
  /** Our extension id: messages from other extensions are refused. */
  id: string;
  /** Our pages' origin, e.g. `chrome-extension://<id>`. */
  origin: string;
}

/** Who is calling: our own page, a content script on one of our sites, or nobody we serve. */
export function identifyCaller(sender: Sender, self: Self): CallContext | null {
  if (sender.id !== self.id || typeof sender.url !== 'string') return null;
  const origin = originOf(sender.url);
  if (!origin) return null;
  if (origin === self.origin) return { caller: 'extension', site: null };
  const site = (Object.keys(siteOrigins) as SiteName[]).find((s) => siteOrigins[s].includes(origin));
  if (site && sender.tab) return { caller: 'content', site, origin };
  return null;
}

/**
 * Check a message from any context and run its handler. Never throws: every failure is a
 * typed answer, so a hostile or broken message can neither write nor crash the worker.
 */
export async function dispatch(raw: unknown, sender: Sender, handlers: Handlers, self: Self): Promise<Reply> {
  const context = identifyCaller(sender, self);
  if (!context) return failure('forbidden', 'Sender is not an Afterview page or site');

  const envelope = Request.safeParse(raw);
  if (!envelope.success) {
    return failure('bad_request', describeZodError(envelope.error, 'request'));
  }
  const { method, params } = envelope.data;
  if (!Object.hasOwn(protocol, method)) {
    return failure('unknown_method', `Unknown method "${method.slice(0, 64)}"`);
  }
  const spec = protocol[method as Method];
  if (!(spec.callers as readonly Caller[]).includes(context.caller)) {
    return failure('forbidden', `${method} may not be called from a ${context.caller} context`);
  }
  const parsed = spec.params.safeParse(params ?? {});
  if (!parsed.success) return failure('bad_request', describeZodError(parsed.error, 'params'));

  try {
    const handler = handlers[method as Method] as (p: unknown, c: CallContext) => Promise<unknown>;
    const result = await handler(parsed.data, context);
    return { ok: true, result };
  } catch (error) {
    if (error instanceof ForbiddenError) return failure('forbidden', error.message);
    const known = error instanceof Error ? expectedErrors[error.name] : undefined;
    if (known) return failure(known.code, known.message ?? (error as Error).message);
    console.error(`[afterview] ${method} failed`, error);
    return failure('internal', `${method} failed: ${errorMessage(error)}`);
  }
}

/**
 * `scheme://host` of a URL. Not `URL.origin`: some runtimes answer "null" for
 * `chrome-extension:` and `moz-extension:` URLs.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/**
 * Errors a handler may throw on purpose, by name, with the answer the caller gets. Anything
 * else is a bug: logged, and answered as `internal`.
 */
const expectedErrors: Record<string, { code: ErrorCode; message?: string }> = {
  NotFoundError: { code: 'not_found' },
  InvalidReferenceError: { code: 'bad_request' },
  SameJobError: { code: 'bad_request' },
  BackupError: { code: 'bad_request' },
  QuotaExceededError: { code: 'storage_full', message: STORAGE_FULL_MESSAGE },
  // The database is newer than this Afterview: the error's message is already in our words.
  NewerDatabaseError: { code: 'internal' },
};

/** Thrown by a handler when a valid request asks for something its caller may not do. */
export class ForbiddenError extends Error {}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
