// Packages of the designer that ship no type declarations.
declare module 'bpmn-js-properties-panel' {
  type ModuleDeclaration = import('bpmn-js/lib/BaseViewer').BaseViewerOptions['additionalModules'] extends (infer M)[] | undefined ? M : never;
  export const BpmnPropertiesPanelModule: ModuleDeclaration;
  export const BpmnPropertiesProviderModule: ModuleDeclaration;
  export const ZeebePropertiesProviderModule: ModuleDeclaration;
}

declare module 'camunda-bpmn-js-behaviors/lib/camunda-cloud' {
  const ZeebeBehaviorsModule: import('bpmn-js/lib/BaseViewer').BaseViewerOptions['additionalModules'] extends (infer M)[] | undefined ? M : never;
  export default ZeebeBehaviorsModule;
}

declare module 'zeebe-bpmn-moddle/resources/zeebe.json' {
  const descriptor: import('bpmn-js/lib/BaseViewer').ModdleExtensions[string];
  export default descriptor;
}
