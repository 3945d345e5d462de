import { useEffect, useRef } from 'react';
import { FormEditor } from '@bpmn-io/form-js-editor';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';
import '@bpmn-io/form-js-editor/dist/assets/dragula.css';
import './forms.css';

export type { FormEditor };

/** The form-js editor (palette, canvas, properties panel; the bpmn.io mark stays visible). Calls `onReady` once with it. */
export function FormEditorCanvas({ label, onReady }: { label: string; onReady(editor: FormEditor): void }) {
  const container = useRef<HTMLDivElement>(null);
  const ready = useRef(onReady);
  ready.current = onReady;

  useEffect(() => {
    const editor = new FormEditor({ container: container.current! });
    ready.current(editor);
    return () => editor.destroy();
  }, []);

  return <div ref={container} className="kz-form-editor" role="region" aria-label={label} />;
}
