import { describe, expect, it } from 'vitest';
import { type Feature, featureSet } from '@/lib/content/features';

type View = { kind: 'list' } | { kind: 'thread' };

function recording(id: string, kinds: Array<View['kind']> | 'all', log: string[]): Feature<View> {
  return {
    id,
    when: (view) => kinds === 'all' || kinds.includes(view.kind),
    update: (view) => log.push(`${id}:update:${view.kind}`),
    stop: () => log.push(`${id}:stop`),
  };
}

describe('a site feature set', () => {
  it('stops the features a view does not belong to before updating the ones it does, in order', () => {
    const log: string[] = [];
    const set = featureSet([
      recording('thread', ['thread'], log),
      recording('list', ['list'], log),
      recording('writing', 'all', log),
    ]);
    set.apply({ kind: 'thread' });
    expect(log).toEqual(['list:stop', 'thread:update:thread', 'writing:update:thread']);
    log.length = 0;
    set.apply({ kind: 'list' });
    expect(log).toEqual(['thread:stop', 'list:update:list', 'writing:update:list']);
  });

  it('stops every feature when the site pauses', () => {
    const log: string[] = [];
    const set = featureSet([recording('thread', ['thread'], log), recording('writing', 'all', log)]);
    set.pause();
    expect(log).toEqual(['thread:stop', 'writing:stop']);
  });
});
