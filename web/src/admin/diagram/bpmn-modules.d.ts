// Packages of the designer that ship no type declarations.
declare module 'bpmn-js-properties-panel' {
  type ModuleDeclaration = import('bpmn-js/lib/BaseViewer').BaseViewerOptions['additionalModules'] extends (infer M)[] | undefined ? M : never;
  export const BpmnPropertiesPanelModule: ModuleDeclaration;
  export const BpmnPropertiesProviderModule: ModuleDeclaration;
  export const ZeebePropertiesProviderModule: ModuleDeclaration;
  export function useService<T = unknown>(name: string): T;
}

declare module '@bpmn-io/properties-panel' {
  export function SelectEntry(props: {
    element: unknown;
    id: string;
    label: string;
    description?: string;
    getValue(element: unknown): string;
    setValue(value: string): void;
    getOptions(element: unknown): { value: string; label: string }[];
  }): unknown;
}

declare module 'camunda-bpmn-js-behaviors/lib/camunda-cloud' {
  const ZeebeBehaviorsModule: import('bpmn-js/lib/BaseViewer').BaseViewerOptions['additionalModules'] extends (infer M)[] | undefined ? M : never;
  export default ZeebeBehaviorsModule;
}

declare module 'zeebe-bpmn-moddle/resources/zeebe.json' {
  const descriptor: import('bpmn-js/lib/BaseViewer').ModdleExtensions[string];
  export default descriptor;
}
