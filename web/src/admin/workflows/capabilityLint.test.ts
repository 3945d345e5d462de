import { describe, expect, it } from 'vitest';
import { lintElements, parseRule, type Capabilities, type ElementFacts } from './capabilityLint';

// The server's contract (Kyzmat.Workflows BpmnCapabilities), as workflowCapabilities answers it; a server test
// (CapabilityLintFixtureTests) fails when this list and the contract differ.
const contract: Capabilities = {
  supported: [
    'startEvent', 'startEvent/timerEventDefinition', 'startEvent/messageEventDefinition',
    'startEvent/signalEventDefinition', 'intermediateCatchEvent/signalEventDefinition',
    'boundaryEvent/signalEventDefinition', 'intermediateThrowEvent/signalEventDefinition',
    'endEvent/signalEventDefinition', 'intermediateThrowEvent/linkEventDefinition',
    'intermediateCatchEvent/linkEventDefinition', 'endEvent', 'endEvent/messageEventDefinition',
    'intermediateThrowEvent/messageEventDefinition', 'endEvent/terminateEventDefinition', 'intermediateThrowEvent',
    'intermediateCatchEvent/timerEventDefinition', 'intermediateCatchEvent/messageEventDefinition',
    'endEvent/errorEventDefinition', 'boundaryEvent/timerEventDefinition', 'boundaryEvent/messageEventDefinition',
    'boundaryEvent/errorEventDefinition', 'boundaryEvent/compensateEventDefinition',
    'intermediateThrowEvent/compensateEventDefinition', 'endEvent/compensateEventDefinition', 'task', 'manualTask',
    'userTask', 'serviceTask', 'sendTask', 'businessRuleTask', 'scriptTask', 'receiveTask', 'exclusiveGateway',
    'parallelGateway', 'inclusiveGateway', 'eventBasedGateway', 'callActivity', 'subProcess',
    'subProcess[triggeredByEvent]', 'adHocSubProcess', 'startEvent/errorEventDefinition', 'startEvent/escalationEventDefinition',
    'intermediateThrowEvent/escalationEventDefinition', 'endEvent/escalationEventDefinition',
    'boundaryEvent/escalationEventDefinition', 'zeebe:ioMapping', 'multiInstanceLoopCharacteristics', 'sequenceFlow',
    'zeebe:executionListeners', 'zeebe:taskListeners',
  ].map(element => ({ element, executable: true, note: 'ok' })),
  rejected: [
    'complexGateway', 'transaction', 'standardLoopCharacteristics',
    'error or escalation start event outside an event sub-process', 'conditionalEventDefinition',
    'cancelEventDefinition', 'extensionElements (non-Zeebe)',
  ].map(element => ({ element, executable: false, note: `${element} is not in version 1` })),
};

function element(id: string, type: string, more: Partial<ElementFacts> = {}): ElementFacts {
  return { id, type, executable: true, eventDefinitions: [], flags: [], timerFields: [], foreignExtensions: [], ...more };
}

describe('lintElements', () => {
  it('finds nothing in a diagram of supported elements', () => {
    const diagram = [
      element('Start', 'startEvent'),
      element('Review', 'userTask'),
      element('Deadline', 'boundaryEvent', { eventDefinitions: ['timerEventDefinition'], timerFields: ['timeDate'] }),
      element('Decide', 'exclusiveGateway'),
      element('Flow', 'sequenceFlow'),
      element('Stop', 'endEvent', { eventDefinitions: ['terminateEventDefinition'] }),
      element('OnTrouble', 'subProcess', { flags: ['triggeredByEvent'] }),
      element('OnError', 'startEvent', { eventDefinitions: ['errorEventDefinition'] }),
      element('Escalate', 'intermediateThrowEvent', { eventDefinitions: ['escalationEventDefinition'] }),
      element('Escalated', 'boundaryEvent', { eventDefinitions: ['escalationEventDefinition'] }),
      element('Lane', 'lane', { executable: false }),
    ];
    expect(lintElements(diagram, contract)).toEqual([]);
  });

  it('marks each element the contract rejects, with the rule and its note', () => {
    const problems = lintElements([
      element('Vote', 'complexGateway', { name: 'Decide by vote' }),
      element('Every', 'userTask', { loopCharacteristics: 'standardLoopCharacteristics' }),
      element('OnCondition', 'startEvent', { eventDefinitions: ['conditionalEventDefinition'] }),
      element('Booking', 'transaction'),
      element('Cancel', 'boundaryEvent', { eventDefinitions: ['cancelEventDefinition'] }),
      element('Listener', 'serviceTask', { foreignExtensions: ['camunda:taskListener'] }),
    ], contract);

    expect(problems.map(p => [p.elementId, p.rule])).toEqual([
      ['Vote', 'complexGateway'],
      ['Every', 'standardLoopCharacteristics'],
      ['OnCondition', 'conditionalEventDefinition'],
      ['Booking', 'transaction'],
      ['Cancel', 'cancelEventDefinition'],
      ['Listener', 'extensionElements (non-Zeebe)'],
    ]);
    expect(problems[0]).toMatchObject({ kind: 'rejected', elementName: 'Decide by vote', note: 'complexGateway is not in version 1' });
  });

  it('flags an executable element that no supported rule covers', () => {
    const problems = lintElements([
      element('Two', 'intermediateCatchEvent', { eventDefinitions: ['timerEventDefinition', 'messageEventDefinition'] }),
      element('Odd', 'boundaryEvent'),
      element('Note', 'textAnnotation', { executable: false }),
    ], contract);
    expect(problems).toEqual([
      { elementId: 'Two', elementName: undefined, kind: 'unknown', rule: 'intermediateCatchEvent/timerEventDefinition/messageEventDefinition', note: '' },
      { elementId: 'Odd', elementName: undefined, kind: 'unknown', rule: 'boundaryEvent', note: '' },
    ]);
  });

  it('checks nothing it cannot be sure of without a contract', () => {
    expect(lintElements([element('Anything', 'fancyTask')], { supported: [], rejected: [] })).toEqual([]);
  });
});

describe('parseRule', () => {
  it('skips rules written in a way it does not know', () => {
    expect(parseRule('a rule in prose', false)).toBeNull();
    expect(parseRule('task', true)).not.toBeNull();
  });
});
