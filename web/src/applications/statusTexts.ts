import { defineTexts } from '../i18n/texts';

/** An application's status in plain words. */
export const statusTexts = defineTexts(
  {
    DRAFT: 'Долбоор', DOCUMENT_READY: 'Арыз түзүлдү', AWAITING_SIGNATURE: 'Кол коюу күтүлүүдө', FILED: 'Тапшырылды',
    ADMITTED_TO_TESTING: 'Тестирлөөгө жиберилди', INTERVIEW: 'Аңгемелешүүгө чакырылды', APPOINTED: 'Кызматка дайындалды',
    IN_RESERVE: 'Кадрлар резервине киргизилди', REFUSED: 'Четке кагылды', WITHDRAWN: 'Кайтарылып алынды', CANCELLED: 'Жокко чыгарылды',
  },
  {
    DRAFT: 'Черновик', DOCUMENT_READY: 'Заявление составлено', AWAITING_SIGNATURE: 'Ожидает подписи', FILED: 'Подано',
    ADMITTED_TO_TESTING: 'Допущено к тестированию', INTERVIEW: 'Приглашение на собеседование', APPOINTED: 'Назначение на должность',
    IN_RESERVE: 'В кадровом резерве', REFUSED: 'Отклонено', WITHDRAWN: 'Отозвано', CANCELLED: 'Отменено',
  },
  {
    DRAFT: 'Draft', DOCUMENT_READY: 'Application created', AWAITING_SIGNATURE: 'Awaiting signature', FILED: 'Filed',
    ADMITTED_TO_TESTING: 'Admitted to testing', INTERVIEW: 'Invited to interview', APPOINTED: 'Appointed',
    IN_RESERVE: 'In the personnel reserve', REFUSED: 'Refused', WITHDRAWN: 'Withdrawn', CANCELLED: 'Cancelled',
  },
);

/** What happens next, from the citizen's side. */
export const nextStepTexts = defineTexts(
  {
    CHOOSE_OFFICE: 'Кеңсени тандаңыз.', READ_AND_SIGN: 'Арызды окуп, кол коюңуз.', ENTER_CODE: 'E-mail аркылуу келген кодду киргизиңиз.',
    DOCUMENT_REVIEW: 'Кадр кызматы документтерди карап жатат.', TESTING: 'Тестирлөөнүн жыйынтыгы күтүлүүдө.',
    INTERVIEW: 'Аңгемелешүүнүн жыйынтыгы күтүлүүдө.', ADDED_STEP: '«{name}» кадамы күтүлүүдө.', NONE: 'Кийинки кадам жок.',
  },
  {
    CHOOSE_OFFICE: 'Выберите офис.', READ_AND_SIGN: 'Прочитайте заявление и подпишите его.', ENTER_CODE: 'Введите код, пришедший на e-mail.',
    DOCUMENT_REVIEW: 'Кадровая служба рассматривает документы.', TESTING: 'Ожидается результат тестирования.',
    INTERVIEW: 'Ожидается результат собеседования.', ADDED_STEP: 'Ожидается этап «{name}».', NONE: 'Дальнейших шагов нет.',
  },
  {
    CHOOSE_OFFICE: 'Choose an office.', READ_AND_SIGN: 'Read the application and sign it.', ENTER_CODE: 'Enter the code sent to your e-mail.',
    DOCUMENT_REVIEW: 'The HR office is reviewing the documents.', TESTING: 'The test result is awaited.',
    INTERVIEW: 'The interview result is awaited.', ADDED_STEP: 'Awaiting the step «{name}».', NONE: 'No further step.',
  },
);
