/** The largest diagram the engine accepts (Kyzmat.Workflows BpmnParser.MaxSize). */
export const maxDiagramBytes = 5 * 1024 * 1024;

const bpmnModelNamespace = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

export type DiagramFileProblem = 'empty' | 'tooLarge' | 'notXml' | 'notBpmn';

/**
 * A first look at an uploaded file, before bpmn-js reads it: it must be XML whose root is BPMN 2.0's
 * `definitions`. This catches the usual wrong files (a PDF, a Word document, a Camunda form) with a
 * clear message; whatever passes is still checked by the modeler's import and the server's deployment.
 */
export function checkDiagramText(text: string, sizeBytes = new TextEncoder().encode(text).length): DiagramFileProblem | null {
  if (sizeBytes > maxDiagramBytes) return 'tooLarge';
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!body) return 'empty';
  // Past the prolog, comments, processing instructions and a doctype to the root element's start tag.
  const prolog = /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/.exec(body)?.[0] ?? '';
  const root = /^<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?([^>]*)>/.exec(body.slice(prolog.length));
  if (!root) return 'notXml';
  const [, first, second, attributes] = root;
  const prefix = second ? first : null;
  const localName = second ?? first;
  if (localName !== 'definitions') return 'notBpmn';
  const declaration = prefix ? `xmlns:${prefix}` : 'xmlns';
  const namespace = new RegExp(`\\s${declaration}\\s*=\\s*["']([^"']*)["']`).exec(attributes)?.[1];
  return namespace === bpmnModelNamespace ? null : 'notBpmn';
}

/** The file name to download a diagram under: the process id, made safe for file systems. */
export function diagramFileName(processId: string | undefined): string {
  const safe = (processId ?? '').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${safe || 'diagram'}.bpmn`;
}

/** Offers text as a file download from the browser. */
export function downloadText(text: string, fileName: string, type = 'application/xml') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
