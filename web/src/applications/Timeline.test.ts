import { describe, expect, it } from 'vitest';
import { timelineEntries } from './Timeline';

describe('timelineEntries', () => {
  it('puts the steps administrators added among the statuses by time, a done step twice', () => {
    const events = [
      { status: 'FILED' as const, at: '2026-12-01T10:00:00+00:00', actor: 'citizen', reason: null, score: null },
      { status: 'ADMITTED_TO_TESTING' as const, at: '2026-12-03T09:00:00+00:00', actor: 'hr', reason: null, score: null },
    ];
    const steps = [
      { name: { text: 'Коопсуздук текшерүүсү' }, reachedAt: '2026-12-01T10:00:01Z', completedAt: '2026-12-02T08:00:00Z' },
      { name: { text: 'Маек' }, reachedAt: '2026-12-03T09:00:01Z', completedAt: null },
    ];
    const entries = timelineEntries(events, steps);
    expect(entries.map(e => (e.kind === 'status' ? e.event.status : `${e.kind}:${e.name}`))).toEqual([
      'FILED', 'step_reached:Коопсуздук текшерүүсү', 'step_done:Коопсуздук текшерүүсү', 'ADMITTED_TO_TESTING', 'step_reached:Маек',
    ]);
  });
});
