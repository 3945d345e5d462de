import { describe, expect, it } from 'vitest';
import { problemDecorations } from './designerProblems';

describe('problemDecorations', () => {
  it('marks each element once, counting predicted problems and server findings together', () => {
    const decorations = problemDecorations(
      [{ elementId: 'Send', kind: 'rejected', rule: 'sendTask', note: 'not in version 1' }],
      [
        { elementId: 'Send', code: 'UNSUPPORTED_ELEMENT', message: 'no' },
        { elementId: 'Flow_1', code: 'CONDITION_MISSING', message: 'needs a condition' },
        { elementId: null, code: 'XML_MALFORMED', message: 'bad xml' },
      ],
      id => `problem at ${id}`,
    );
    expect(decorations).toEqual([
      { elementId: 'Send', tone: 'problem', badge: '! 2', title: 'problem at Send' },
      { elementId: 'Flow_1', tone: 'problem', badge: '!', title: 'problem at Flow_1' },
    ]);
  });
});
