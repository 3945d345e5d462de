/** A mark on one element of a diagram: a coloured outline and, optionally, a small badge. */
export interface Decoration {
  elementId: string;
  tone: 'problem' | 'active' | 'incident' | 'completed';
  /** Short text in the badge, e.g. a count or "!". */
  badge?: string;
  /** Said by the badge's tooltip and to screen readers. */
  title: string;
}

/** The services of a bpmn-js viewer or modeler that decorating needs. */
export interface DiagramServices {
  get(name: 'canvas'): { addMarker(id: string, marker: string): void; removeMarker(id: string, marker: string): void };
  get(name: 'overlays'): {
    add(id: string, type: string, overlay: { position: { top?: number; right?: number; bottom?: number; left?: number }; html: HTMLElement }): string;
    remove(filter: { type: string }): void;
  };
  get(name: 'elementRegistry'): { get(id: string): unknown };
}

const overlayType = 'kyzmat';
const applied = new WeakMap<object, Decoration[]>();

const marker = (decoration: Decoration) => `kz-marker--${decoration.tone}`;

/** Replaces the decorations drawn before with these; ids not in the diagram are skipped. */
export function applyDecorations(diagram: DiagramServices, decorations: Decoration[]) {
  const canvas = diagram.get('canvas');
  const overlays = diagram.get('overlays');
  const registry = diagram.get('elementRegistry');
  for (const old of applied.get(diagram) ?? []) {
    if (registry.get(old.elementId)) canvas.removeMarker(old.elementId, marker(old));
  }
  overlays.remove({ type: overlayType });

  const drawn = decorations.filter(d => registry.get(d.elementId));
  const badges = new Map<string, number>();
  for (const decoration of drawn) {
    canvas.addMarker(decoration.elementId, marker(decoration));
    if (!decoration.badge) continue;
    // Several badges on one element sit side by side from the right.
    const index = badges.get(decoration.elementId) ?? 0;
    badges.set(decoration.elementId, index + 1);
    const badge = document.createElement('span');
    badge.className = `kz-badge kz-badge--${decoration.tone}`;
    badge.textContent = decoration.badge;
    badge.title = decoration.title;
    badge.setAttribute('role', 'img');
    badge.setAttribute('aria-label', decoration.title);
    overlays.add(decoration.elementId, overlayType, { position: { top: -12, right: 12 + index * 30 }, html: badge });
  }
  applied.set(diagram, drawn);
}
