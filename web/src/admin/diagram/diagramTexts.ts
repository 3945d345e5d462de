import { defineTexts } from '../../i18n/texts';

export const diagramTexts = defineTexts(
  {
    diagramUnreadable: 'Диаграмманы окуу мүмкүн болгон жок: бул BPMN 2.0 файлы эмес же анда ката бар.',
    propertiesPanel: 'Тандалган элементтин касиеттери',
  },
  {
    diagramUnreadable: 'Не удалось прочитать диаграмму: это не файл BPMN 2.0 или в нём есть ошибка.',
    propertiesPanel: 'Свойства выбранного элемента',
  },
  {
    diagramUnreadable: 'The diagram could not be read: it is not a BPMN 2.0 file, or it has an error.',
    propertiesPanel: 'Properties of the selected element',
  },
);
