/**
 * Design-time check of a diagram against the engine's capability contract (`workflowCapabilities`), so the
 * designer can mark what the engine would refuse before anyone deploys. The contract names elements in a
 * small notation — `userTask`, `boundaryEvent/timerEventDefinition`, `startEvent/timer|message|signal`,
 * `intermediateThrowEvent/*`, `subProcess[triggeredByEvent]`, `signalEventDefinition`,
 * `multiInstanceLoopCharacteristics`, `timeCycle`, `extensionElements (non-Zeebe)` — read here into matchers.
 * A rule written some other way is skipped: the server's deployment check stays the final word.
 */

/** What the check needs to know of one diagram element (see bpmnFacts.ts for reading it from bpmn-js). */
export interface ElementFacts {
  id: string;
  name?: string;
  /** The BPMN element's local name, e.g. `userTask`. */
  type: string;
  /** A flow node or sequence flow: something the engine must be able to execute. */
  executable: boolean;
  /** Local names, e.g. `timerEventDefinition`. */
  eventDefinitions: string[];
  loopCharacteristics?: string;
  /** Boolean attributes that are true, e.g. `triggeredByEvent`. */
  flags: string[];
  /** Timer fields set on its timer definitions: `timeCycle`, `timeDate`, `timeDuration`. */
  timerFields: string[];
  /** Extension elements of other vendors than Zeebe, e.g. `camunda:taskListener`. */
  foreignExtensions: string[];
}

export interface Capability {
  element: string;
  executable: boolean;
  note: string;
}

export interface Capabilities {
  supported: Capability[];
  rejected: Capability[];
}

export interface LintProblem {
  elementId: string;
  elementName?: string;
  /** `rejected`: a rule of the contract refuses it; `unknown`: no supported rule covers it. */
  kind: 'rejected' | 'unknown';
  /** The contract's rule and note, e.g. `sendTask` / `not in version 1`. */
  rule: string;
  note: string;
}

type Matcher = (facts: ElementFacts) => boolean;

const eventDefinition = (name: string) => (name.endsWith('EventDefinition') ? name : `${name}EventDefinition`);

/** A rule of the contract as a matcher; `strict` (supported rules) means a plain element name has no event definition. */
export function parseRule(rule: string, strict: boolean): Matcher | null {
  const text = rule.trim();
  if (/^extensionElements\b/.test(text)) return facts => facts.foreignExtensions.length > 0;
  if (/^time(Cycle|Date|Duration)$/.test(text)) return facts => facts.timerFields.includes(text);
  if (/^\w+LoopCharacteristics$/.test(text)) return facts => facts.loopCharacteristics === text;
  if (/^\w+EventDefinition$/.test(text)) return facts => facts.eventDefinitions.includes(text);

  const flagged = /^(\w+)\[(\w+)\]$/.exec(text);
  if (flagged) return facts => facts.type === flagged[1] && facts.flags.includes(flagged[2]);

  const withDefinition = /^(\w+)\/([\w|*]+)$/.exec(text);
  if (withDefinition) {
    const [, type, definitions] = withDefinition;
    if (definitions === '*') return facts => facts.type === type && facts.eventDefinitions.length > 0;
    const allowed = definitions.split('|').filter(Boolean).map(eventDefinition);
    return strict
      ? facts => facts.type === type && facts.eventDefinitions.length === 1 && allowed.includes(facts.eventDefinitions[0])
      : facts => facts.type === type && facts.eventDefinitions.some(d => allowed.includes(d));
  }

  if (/^\w+$/.test(text)) {
    return strict
      ? facts => facts.type === text && facts.eventDefinitions.length === 0 && !facts.flags.includes('triggeredByEvent')
      : facts => facts.type === text;
  }
  return null;
}

/** Every problem the contract predicts, at most one per element and rule, in the diagram's order. */
export function lintElements(elements: ElementFacts[], capabilities: Capabilities): LintProblem[] {
  const rejected = capabilities.rejected
    .map(c => ({ capability: c, matches: parseRule(c.element, false) }))
    .filter((r): r is { capability: Capability; matches: Matcher } => r.matches !== null);
  const supported = capabilities.supported
    .map(c => parseRule(c.element, true))
    .filter((m): m is Matcher => m !== null);

  const problems: LintProblem[] = [];
  for (const facts of elements) {
    const refusals = rejected.filter(r => r.matches(facts));
    for (const { capability } of refusals) {
      problems.push({ elementId: facts.id, elementName: facts.name, kind: 'rejected', rule: capability.element, note: capability.note });
    }
    if (refusals.length === 0 && facts.executable && supported.length > 0 && !supported.some(matches => matches(facts))) {
      const what = [facts.type, ...facts.eventDefinitions].join('/');
      problems.push({ elementId: facts.id, elementName: facts.name, kind: 'unknown', rule: what, note: '' });
    }
  }
  return problems;
}
