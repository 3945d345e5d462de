import { describe, expect, it } from 'vitest';
import { countElements } from './elementCounts';

describe('countElements', () => {
  it('adds up tokens, completions and open incidents per element', () => {
    const counts = countElements({
      history: [
        { eventType: 'InstanceStarted', elementId: null },
        { eventType: 'ElementEntered', elementId: 'Start' },
        { eventType: 'ElementLeft', elementId: 'Start' },
        { eventType: 'ElementEntered', elementId: 'Choose' },
        { eventType: 'ElementLeft', elementId: 'Choose' },
        { eventType: 'ElementLeft', elementId: 'Choose' },
        { eventType: 'TaskCreated', elementId: 'Review' },
      ],
      activeElements: [{ elementId: 'Review', count: 2 }, { elementId: 'Send', count: 1 }, { elementId: 'Gone', count: 0 }],
      incidents: [
        { elementId: 'Send', state: 'OPEN' },
        { elementId: 'Choose', state: 'RESOLVED' },
        { elementId: 'InsideTheChild', state: 'OPEN', calledFrom: 'Send' },
      ],
    });

    expect(counts).toEqual([
      { elementId: 'Start', active: 0, completed: 1, incidents: 0 },
      { elementId: 'Choose', active: 0, completed: 2, incidents: 0 },
      { elementId: 'Review', active: 2, completed: 0, incidents: 0 },
      { elementId: 'Send', active: 1, completed: 0, incidents: 2 },
    ]);
  });

  it('is empty for an instance that has done nothing', () => {
    expect(countElements({ history: [], activeElements: [], incidents: [] })).toEqual([]);
  });
});
