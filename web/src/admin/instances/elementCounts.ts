/** How many tokens are at an element now, how often the instance left it, and its open incidents. */
export interface ElementCount {
  elementId: string;
  active: number;
  completed: number;
  incidents: number;
}

export interface InstanceActivity {
  activeElements: ReadonlyArray<{ elementId: string; count: number }>;
  history: ReadonlyArray<{ eventType: string; elementId: string | null }>;
  /** An incident of a called instance (calledFrom set) counts at the call activity it happened under. */
  incidents: ReadonlyArray<{ elementId: string; state: string; calledFrom?: string | null }>;
}

/** Counts per element for the instance's diagram, in the order elements were first met. */
export function countElements(instance: InstanceActivity): ElementCount[] {
  const counts = new Map<string, ElementCount>();
  const at = (elementId: string) => {
    let count = counts.get(elementId);
    if (!count) {
      count = { elementId, active: 0, completed: 0, incidents: 0 };
      counts.set(elementId, count);
    }
    return count;
  };
  for (const entry of instance.history) {
    if (entry.elementId && entry.eventType === 'ElementLeft') at(entry.elementId).completed += 1;
  }
  for (const active of instance.activeElements) {
    if (active.count > 0) at(active.elementId).active += active.count;
  }
  for (const incident of instance.incidents) {
    if (incident.state === 'OPEN') at(incident.calledFrom ?? incident.elementId).incidents += 1;
  }
  return [...counts.values()];
}
