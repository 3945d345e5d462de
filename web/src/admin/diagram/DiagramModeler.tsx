import { useEffect, useRef } from 'react';
import Modeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, ZeebePropertiesProviderModule } from 'bpmn-js-properties-panel';
import ZeebeBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { diagramTexts } from './diagramTexts';
import { useTexts } from '../../i18n/texts';
import './diagram.css';

export type { Modeler };

/**
 * The bpmn-js modeler with Camunda 8's (Zeebe's) properties panel, so task types, candidate groups, due dates,
 * conditions and timers are edited in forms. It calls `onReady` once with the modeler (the page imports and
 * saves XML through it) and `onChanged` after every edit or import.
 */
export function DiagramModeler({ label, onReady, onChanged, modules = [] }: {
  label: string;
  onReady(modeler: Modeler): void;
  onChanged(): void;
  /** More bpmn-js modules (read once, when the modeler is made). */
  modules?: NonNullable<ConstructorParameters<typeof Modeler>[0]>['additionalModules'];
}) {
  const t = useTexts(diagramTexts);
  const canvas = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const callbacks = useRef({ onReady, onChanged });
  callbacks.current = { onReady, onChanged };
  const extraModules = useRef(modules);

  useEffect(() => {
    const modeler = new Modeler({
      container: canvas.current!,
      propertiesPanel: { parent: panel.current! },
      additionalModules: [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, ZeebePropertiesProviderModule, ZeebeBehaviorsModule, ...(extraModules.current ?? [])],
      moddleExtensions: { zeebe: zeebeModdle },
    });
    const changed = () => callbacks.current.onChanged();
    modeler.on('commandStack.changed', changed);
    modeler.on('import.done', changed);
    callbacks.current.onReady(modeler);
    return () => modeler.destroy();
  }, []);

  return (
    <div className="kz-designer">
      <div ref={canvas} className="kz-canvas kz-canvas--modeler" role="region" aria-label={label} />
      <div ref={panel} className="kz-properties" role="region" aria-label={t('propertiesPanel')} />
    </div>
  );
}
