import { SelectEntry } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';

/** The deployed Camunda forms the designer offers, filled once they are loaded (the modeler is made before). */
export interface DeployedForms {
  ids: string[];
  label: string;
  none: string;
}

interface ModdleElement {
  $type: string;
  get(name: string): unknown;
}

interface Element {
  businessObject: { extensionElements?: { values?: ModdleElement[] } };
}

function formDefinitionOf(element: Element): ModdleElement | undefined {
  return element.businessObject.extensionElements?.values?.find(e => e.$type === 'zeebe:FormDefinition');
}

/** Under "Form ID" of a linked Camunda form: the deployed forms by id; choosing one writes its id. */
function DeployedFormSelect({ element, id }: { element: Element; id: string }) {
  const modeling = useService<{ updateModdleProperties(element: unknown, target: unknown, properties: Record<string, unknown>): void }>('modeling');
  const forms = useService<DeployedForms>('kyzmatDeployedForms');
  return SelectEntry({
    element,
    id,
    label: forms.label,
    getValue: () => {
      const formId = formDefinitionOf(element)?.get('formId');
      return typeof formId === 'string' && forms.ids.includes(formId) ? formId : '';
    },
    setValue: value => {
      const definition = formDefinitionOf(element);
      if (definition && value) modeling.updateModdleProperties(element, definition, { formId: value });
    },
    getOptions: () => [{ value: '', label: forms.none }, ...forms.ids.map(formId => ({ value: formId, label: formId }))],
  });
}

interface Group {
  id: string;
  entries: { id: string; component: unknown }[];
}

class DeployedFormsProvider {
  static $inject = ['propertiesPanel'];

  constructor(propertiesPanel: { registerProvider(priority: number, provider: DeployedFormsProvider): void }) {
    // After Zeebe's provider (priority 500), which makes the form group.
    propertiesPanel.registerProvider(100, this);
  }

  getGroups() {
    return (groups: Group[]) => {
      const form = groups.find(group => group.id === 'form');
      const index = form ? form.entries.findIndex(entry => entry.id === 'formId') : -1;
      if (form && index >= 0) form.entries.splice(index + 1, 0, { id: 'kyzmatDeployedForm', component: DeployedFormSelect });
      return groups;
    };
  }
}

/** A bpmn-js module: the properties panel offers `forms` (deployed Camunda forms) for a user task's linked form. */
export function deployedFormsModule(forms: DeployedForms) {
  return {
    __init__: ['kyzmatDeployedFormsProvider'],
    kyzmatDeployedFormsProvider: ['type', DeployedFormsProvider],
    kyzmatDeployedForms: ['value', forms],
  };
}
