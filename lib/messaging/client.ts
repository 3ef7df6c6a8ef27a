import { browser } from 'wxt/browser';
import { describeZodError, protocol, Reply, type Method, type Params, type Result } from './protocol';

/** A request the background refused or could not answer, with its typed reason. */
export class AfterviewError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AfterviewError';
  }
}

/**
 * The one typed client every context uses to ask the background. The answer is checked
 * against the method's result schema, so callers get exactly the type they expect.
 */
export async function call<M extends Method>(method: M, params: Params<M>): Promise<Result<M>> {
  const raw: unknown = await browser.runtime.sendMessage({ afterview: 1, method, params });
  const reply = Reply.safeParse(raw);
  if (!reply.success) {
    throw new AfterviewError('internal', `Unexpected answer to ${method}`);
  }
  if (!reply.data.ok) {
    throw new AfterviewError(reply.data.error.code, reply.data.error.message);
  }
  const result = protocol[method].result.safeParse(reply.data.result);
  if (!result.success) {
    throw new AfterviewError('internal', describeZodError(result.error, `${method}.result`));
  }
  return result.data as Result<M>;
}
