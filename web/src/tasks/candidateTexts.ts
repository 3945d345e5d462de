import { defineTexts } from '../i18n/texts';

/** The pages of a citizen named as a candidate user of a task (by PIN). */
export const candidateTexts = defineTexts(
  {
    heading: 'Менин тапшырмаларым', none: 'Азырынча сизге тапшырма жок.', application: 'Арыз', vacancy: 'Вакансия', due: 'Мөөнөтү',
    noDue: 'Мөөнөтү жок', open: 'Ачуу', claim: 'Алуу', claimed: 'Тапшырма сизде.', back: 'Тапшырмаларга кайтуу',
    notFound: 'Тапшырма табылган жок же аткарылып бүткөн.', done: '«{step}» кадамы {number} арызы боюнча аткарылды.',
    noForm: 'Бул кадам порталда толтурулбайт.', claimFailed: 'Тапшырманы алуу мүмкүн болгон жок.', assigned: 'Сизге тапшырмалар берилген: {count}.',
  },
  {
    heading: 'Мои задачи', none: 'Задач для вас пока нет.', application: 'Заявление', vacancy: 'Вакансия', due: 'Срок',
    noDue: 'Без срока', open: 'Открыть', claim: 'Взять', claimed: 'Задача у вас.', back: 'К задачам',
    notFound: 'Задача не найдена или уже выполнена.', done: 'Шаг «{step}» по заявлению {number} выполнен.',
    noForm: 'Этот шаг не заполняется на портале.', claimFailed: 'Не удалось взять задачу.', assigned: 'Вам поручены задачи: {count}.',
  },
  {
    heading: 'My tasks', none: 'No tasks for you yet.', application: 'Application', vacancy: 'Vacancy', due: 'Due',
    noDue: 'No due date', open: 'Open', claim: 'Claim', claimed: 'The task is yours.', back: 'Back to tasks',
    notFound: 'The task was not found or is done.', done: 'The step “{step}” of application {number} is done.',
    noForm: 'This step is not filled in on the portal.', claimFailed: 'The task could not be claimed.', assigned: 'Tasks given to you: {count}.',
  },
);
