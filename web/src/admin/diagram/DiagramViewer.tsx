import { useEffect, useRef, useState } from 'react';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { applyDecorations, type Decoration, type DiagramServices } from './decorations';
import { diagramTexts } from './diagramTexts';
import { useTexts } from '../../i18n/texts';
import './diagram.css';

const noDecorations: Decoration[] = [];

/** A read-only diagram that can be moved and zoomed, with decorations (markers and badges) on its elements. */
export function DiagramViewer({ xml, decorations = noDecorations, label }: { xml: string; decorations?: Decoration[]; label: string }) {
  const t = useTexts(diagramTexts);
  const container = useRef<HTMLDivElement>(null);
  const viewer = useRef<NavigatedViewer | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    const instance = new NavigatedViewer({ container: container.current! });
    viewer.current = instance;
    return () => {
      viewer.current = null;
      instance.destroy();
    };
  }, []);

  useEffect(() => {
    const instance = viewer.current;
    if (!instance) return;
    let current = true;
    setState('loading');
    instance.importXML(xml)
      .then(() => {
        if (!current) return;
        (instance.get('canvas') as { zoom(level: string, center?: string): void }).zoom('fit-viewport', 'auto');
        setState('ready');
      })
      .catch(() => current && setState('failed'));
    return () => {
      current = false;
    };
  }, [xml]);

  useEffect(() => {
    if (state === 'ready' && viewer.current) applyDecorations(viewer.current as unknown as DiagramServices, decorations);
  }, [state, decorations]);

  return (
    <div className="kz-diagram">
      {state === 'failed' && <p className="status status--error" role="alert">{t('diagramUnreadable')}</p>}
      <div ref={container} className="kz-canvas kz-canvas--viewer" role="region" aria-label={label} tabIndex={0} />
    </div>
  );
}
