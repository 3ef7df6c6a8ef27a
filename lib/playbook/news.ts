import { instantKey, dayOf } from '../time/calendar';
import { chooseChannel, type Draft, type PlanContext } from './context';
import { event } from './because';
import { contactTask } from './tasks';

/** R7 — Good news about the company: a congratulations within 2 days. A touch, not a check-in. */
export function congratulations(ctx: PlanContext): Draft[] {
  const person = ctx.mainContact;
  return ctx.touches
    .filter((touch) => touch.direction === 'received' && touch.purpose === 'news')
    .map((news) => {
      const day = dayOf(news.time, ctx.timeZone);
      return contactTask(ctx, {
        id: `congrats:${instantKey(news.time)}`,
        kind: 'congrats',
        rule: 'R7',
        person,
        channel: chooseChannel(ctx, person),
        earliest: news.time,
        due: { day: day + 2 },
        late: { day: day + 3 },
        doneBy: { from: news.time, purposes: ['congrats'] },
        because: event(ctx, 'news', news.time),
      });
    });
}
