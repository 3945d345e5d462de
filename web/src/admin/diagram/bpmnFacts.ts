import type { ElementFacts } from '../workflows/capabilityLint';

/** The parts of a bpmn-js business object (a moddle element) that the checks read. */
interface ModdleElement {
  $type: string;
  $instanceOf(type: string): boolean;
  id?: string;
  name?: string;
  eventDefinitions?: ModdleElement[];
  loopCharacteristics?: ModdleElement;
  triggeredByEvent?: boolean;
  extensionElements?: { values?: ModdleElement[] };
  timeCycle?: unknown;
  timeDate?: unknown;
  timeDuration?: unknown;
}

/** A diagram-js element (shape, connection, root or label). */
export interface DiagramElement {
  id: string;
  type: string;
  labelTarget?: unknown;
  businessObject?: ModdleElement;
}

const localName = (type: string) => {
  const name = type.slice(type.indexOf(':') + 1);
  return name.charAt(0).toLowerCase() + name.slice(1);
};

/** What the capability check needs to know of one element; null for labels and non-BPMN elements. */
export function factsOf(element: DiagramElement): ElementFacts | null {
  const bo = element.businessObject;
  if (element.labelTarget || !bo || !bo.$type.startsWith('bpmn:') || !bo.id) return null;
  const definitions = bo.eventDefinitions ?? [];
  const timerFields = definitions
    .filter(d => d.$type === 'bpmn:TimerEventDefinition')
    .flatMap(d => (['timeCycle', 'timeDate', 'timeDuration'] as const).filter(field => d[field] != null));
  return {
    id: bo.id,
    name: bo.name || undefined,
    type: localName(bo.$type),
    executable: bo.$instanceOf('bpmn:FlowNode') || bo.$instanceOf('bpmn:SequenceFlow'),
    eventDefinitions: definitions.map(d => localName(d.$type)),
    loopCharacteristics: bo.loopCharacteristics ? localName(bo.loopCharacteristics.$type) : undefined,
    flags: bo.triggeredByEvent ? ['triggeredByEvent'] : [],
    timerFields,
    // Other engines' extensions carry meaning the engine would drop; other tools' (colours, owners) are metadata.
    foreignExtensions: (bo.extensionElements?.values ?? []).map(v => v.$type).filter(t => /^(camunda|activiti|flowable):/.test(t)),
  };
}

/** Facts of every element in a diagram, each business object once. */
export function diagramFacts(elements: DiagramElement[]): ElementFacts[] {
  const seen = new Set<string>();
  const facts: ElementFacts[] = [];
  for (const element of elements) {
    const item = factsOf(element);
    if (item && !seen.has(item.id)) {
      seen.add(item.id);
      facts.push(item);
    }
  }
  return facts;
}
