import { describe, expect, it } from 'vitest';
import { checkDiagramText, diagramFileName, maxDiagramBytes } from './bpmnFile';

const bpmn = (root: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->\n${root}<bpmn:process id="p" /></bpmn:definitions>`;

describe('checkDiagramText', () => {
  it('accepts BPMN 2.0 definitions, prefixed or not', () => {
    expect(checkDiagramText(bpmn('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">'))).toBeNull();
    expect(checkDiagramText('\uFEFF<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p"/></definitions>')).toBeNull();
  });

  it('names what is wrong with other files', () => {
    expect(checkDiagramText('   ')).toBe('empty');
    expect(checkDiagramText('%PDF-1.7 binary')).toBe('notXml');
    expect(checkDiagramText('{"components": []}')).toBe('notXml');
    expect(checkDiagramText('<html><body>hi</body></html>')).toBe('notBpmn');
    expect(checkDiagramText(bpmn('<bpmn:definitions xmlns:bpmn="http://example.com/other">'))).toBe('notBpmn');
    expect(checkDiagramText('<definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">')).toBe('notBpmn');
    expect(checkDiagramText('<x/>', maxDiagramBytes + 1)).toBe('tooLarge');
  });
});

describe('diagramFileName', () => {
  it('is the process id, safe to save', () => {
    expect(diagramFileName('application-lifecycle')).toBe('application-lifecycle.bpmn');
    expect(diagramFileName('a/b c')).toBe('a-b-c.bpmn');
    expect(diagramFileName(undefined)).toBe('diagram.bpmn');
  });
});
