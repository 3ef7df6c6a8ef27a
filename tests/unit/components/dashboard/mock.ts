import { vi } from 'vitest';
import { call } from '@/lib/messaging/client';

type Handler = (params: unknown) => unknown;

/**
 * A fake background: each method answers from its handler (a thrown error becomes the
 * rejected call, as `call` does with the background's refusals).
 */
export function fakeBackground(handlers: Record<string, Handler>) {
  const mocked = vi.mocked(call);
  mocked.mockClear();
  mocked.mockImplementation((async (method: string, params: unknown) => {
    const handler = handlers[method];
    if (!handler) throw new Error(`unexpected call: ${method}`);
    return handler(params);
  }) as unknown as typeof call);
  return mocked;
}

/** The params of every call to one method, in order. */
export function paramsOf(method: string): unknown[] {
  return vi
    .mocked(call)
    .mock.calls.filter(([m]) => m === method)
    .map(([, params]) => params);
}
