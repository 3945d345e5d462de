using System.Globalization;

namespace Kyzmat.Recruitment.Common;

/// <summary>The text of every user error code in Kyrgyz, Russian and English.</summary>
public static class UserErrorMessages
{
    private static readonly Dictionary<string, LocalizedText> Messages = new(StringComparer.Ordinal)
    {
        [UserErrorCodes.InvalidInput] = new("Маалымат туура эмес толтурулган.", "Данные заполнены неверно.", "The data is not valid."),
        [UserErrorCodes.InvalidCursor] = new(
            "Барак көрсөткүчү (cursor) туура эмес же башка иреттөө үчүн берилген.",
            "Курсор страницы неверен или выдан для другой сортировки.",
            "The page cursor is not valid or was issued for another sort order."),
        [UserErrorCodes.PageSizeTooLarge] = new(
            "Бир баракта эң көп {0} жазуу көрсөтүлөт.",
            "На одной странице можно показать не более {0} записей.",
            "A page can hold at most {0} items."),
        [UserErrorCodes.SearchTextTooLong] = new(
            "Издөө сөзү өтө узун: эң көп {0} белги.",
            "Поисковый запрос слишком длинный: не более {0} символов.",
            "The search text is too long: at most {0} characters."),
        [UserErrorCodes.NotFound] = new("Табылган жок.", "Не найдено.", "Not found."),
        [UserErrorCodes.NotAuthenticated] = new(
            "Бул үчүн жеке кабинетке кириңиз.",
            "Для этого войдите в личный кабинет.",
            "Sign in to your personal cabinet to do this."),
        [UserErrorCodes.Forbidden] = new(
            "Бул аракетке укугуңуз жок.",
            "У вас нет прав на это действие.",
            "You are not allowed to do this."),
        [UserErrorCodes.DocumentEmpty] = new("Файл бош.", "Файл пуст.", "The file is empty."),
        [UserErrorCodes.DocumentTooLarge] = new(
            "Файл өтө чоң: эң көп {0} МБ.",
            "Файл слишком большой: не более {0} МБ.",
            "The file is too large: at most {0} MB."),
        [UserErrorCodes.DocumentQuotaExceeded] = new(
            "Документтердин чегине жеттиңиз: бир жаранга эң көп {0} файл жана {1} МБ. Керексиз документтерди профилден алып салыңыз — алар бир күндүн ичинде бошотулат.",
            "Достигнут предел документов: не более {0} файлов и {1} МБ на гражданина. Уберите ненужные документы из профиля — они освобождаются в течение суток.",
            "You have reached the document limit: at most {0} files and {1} MB per citizen. Remove documents you no longer need from your profile; they are freed within a day."),
        [UserErrorCodes.DocumentFormatNotAllowed] = new(
            "PDF, JPEG же PNG файлын гана жүктөөгө болот.",
            "Можно загрузить только файл PDF, JPEG или PNG.",
            "Only PDF, JPEG or PNG files can be uploaded."),
        [UserErrorCodes.DocumentNotYours] = new("Бул документ сизге таандык эмес.", "Этот документ вам не принадлежит.", "This document is not yours."),
        [UserErrorCodes.RequiredField] = new("«{0}» талаасын толтуруңуз.", "Заполните поле «{0}».", "Fill in the field “{0}”."),
        [UserErrorCodes.TextTooLong] = new("«{0}» талаасы өтө узун: эң көп {1} белги.", "Поле «{0}» слишком длинное: не более {1} символов.", "The field “{0}” is too long: at most {1} characters."),
        [UserErrorCodes.DateRangeInvalid] = new("Бүткөн күнү башталган күндөн мурун боло албайт.", "Дата окончания не может быть раньше даты начала.", "The end date cannot be before the start date."),
        [UserErrorCodes.DateInFuture] = new("«{0}» келечектеги күн боло албайт.", "«{0}» не может быть в будущем.", "“{0}” cannot be in the future."),
        [UserErrorCodes.PhoneInvalid] = new("Телефон номери туура эмес; мисалы: +996 555 123 456.", "Неверный номер телефона; например: +996 555 123 456.", "The phone number is not valid; for example: +996 555 123 456."),
        [UserErrorCodes.RegionUnknown] = new("Мындай аймак жок.", "Такого региона нет.", "There is no such region."),
        [UserErrorCodes.ChangedMeanwhile] = new("Маалымат ушул убакта башка жерден өзгөртүлгөн; баракты жаңыртып, кайра аракет кылыңыз.", "Данные тем временем изменены в другом месте; обновите страницу и повторите.", "The data was changed elsewhere meanwhile; reload and try again."),
        [UserErrorCodes.TooManyFavourites] = new("Эң көп {0} вакансияны тандоого болот.", "Можно сохранить не более {0} вакансий.", "You can save at most {0} vacancies."),
        [UserErrorCodes.VacancyNotOpen] = new(
            "Бул вакансияга арыз кабыл алынбайт: ал жабык же мөөнөтү өтүп кеткен.",
            "Заявления на эту вакансию не принимаются: она закрыта или срок истёк.",
            "This vacancy does not accept applications: it is closed or past its deadline."),
        [UserErrorCodes.ProfileIncomplete] = new(
            "Арыз тапшыруу үчүн жеке кабинеттеги маалыматтарды толук толтуруңуз. Жетишпейт: {0}.",
            "Чтобы подать заявление, заполните данные личного кабинета полностью. Не хватает: {0}.",
            "Fill in your personal cabinet completely before applying. Missing: {0}."),
        [UserErrorCodes.ApplicationExists] = new(
            "Сиз бул вакансияга арыз тапшыргансыз; аны «Менин жоопторум» бөлүмүнөн табасыз.",
            "Вы уже подали заявление на эту вакансию; оно в разделе «Мои отклики».",
            "You have already applied for this vacancy; it is in “My responses”."),
        [UserErrorCodes.OfficeNotOfVacancy] = new(
            "Бул кеңседе бул вакансияга арыз кабыл алынбайт.",
            "Этот офис не принимает заявления на эту вакансию.",
            "This office does not accept applications for this vacancy."),
        [UserErrorCodes.ApplicationStepUnavailable] = new(
            "Арыз азыр бул кадамда эмес; баракты жаңыртып, кайра аракет кылыңыз.",
            "Заявление сейчас не на этом шаге; обновите страницу и повторите.",
            "The application is not at this step now; reload and try again."),
        [UserErrorCodes.EmailNotConfirmed] = new(
            "Кол коюу коду тастыкталган e-mail дарегине гана жөнөтүлөт.",
            "Код подписи отправляется только на подтверждённый e-mail.",
            "The signing code goes only to a confirmed e-mail address."),
        [UserErrorCodes.CodeWrong] = new("Код туура эмес. Дагы {0} аракет калды.", "Неверный код. Осталось попыток: {0}.", "The code is wrong. {0} attempts left."),
        [UserErrorCodes.CodeExpired] = new("Коддун мөөнөтү бүттү; жаңы код алыңыз.", "Срок действия кода истёк; получите новый код.", "The code has expired; get a new one."),
        [UserErrorCodes.CodeUsed] = new("Бул код колдонулган.", "Этот код уже использован.", "This code has already been used."),
        [UserErrorCodes.CodeExhausted] = new("Өтө көп туура эмес аракет; жаңы код алыңыз.", "Слишком много неверных попыток; получите новый код.", "Too many wrong attempts; get a new code."),
        [UserErrorCodes.CodeMissing] = new("Адегенде код алыңыз.", "Сначала получите код.", "Get a code first."),
        [UserErrorCodes.CodeTooSoon] = new("Жаңы кодду {0} секунддан кийин алууга болот.", "Новый код можно получить через {0} с.", "You can get a new code in {0} seconds."),
        [UserErrorCodes.CodeHourlyLimit] = new("Бир саатта алынчу коддордун саны бүттү; кийинчерээк аракет кылыңыз.", "Исчерпан лимит кодов в час; попробуйте позже.", "Too many codes this hour; try again later."),
        [UserErrorCodes.ReasonRequired] = new("Четке кагуунун себебин жазыңыз.", "Укажите причину отказа.", "Give the reason for the refusal."),
        [UserErrorCodes.ScoreOutOfRange] = new("Балл 0дөн {0}го чейин болушу керек.", "Балл должен быть от 0 до {0}.", "The score must be between 0 and {0}."),
        [UserErrorCodes.TaskClaimedByOther] = new("Бул тапшырманы башка кызматкер алган.", "Эту задачу взял другой сотрудник.", "Another reviewer has taken this task."),
        [UserErrorCodes.TaskAssigneeNotEligible] = new(
            "Бул кызматкерге тапшырманы берүүгө болбойт: ал бул тапшырма боюнча иш жүргүзө албайт.",
            "Эту задачу нельзя назначить этому сотруднику: он не может работать с ней.",
            "This task cannot be assigned to this person: they may not act on it."),
        [UserErrorCodes.VacancyStatusInvalid] = new(
            "Вакансия азыр «{0}» абалында: бул аракетти жасоого болбойт.",
            "Вакансия сейчас в статусе «{0}»: это действие невозможно.",
            "The vacancy is {0} now: this cannot be done."),
        [UserErrorCodes.OfficeNotOfBody] = new(
            "Бул кеңсе вакансиянын мамлекеттик органына таандык эмес.",
            "Этот офис не относится к государственному органу вакансии.",
            "This office does not belong to the vacancy's state body."),
        [UserErrorCodes.CitizenNotFound] = new(
            "Бул ПИН менен порталга кирген адам жок: адегенде ал бир жолу жеке кабинетке кириши керек.",
            "Человека с таким ПИН на портале нет: сначала он должен хотя бы раз войти в личный кабинет.",
            "Nobody with this PIN has signed in to the portal: they must enter the personal cabinet once first."),
        [UserErrorCodes.RoleInvalid] = new(
            "Ролу туура эмес: кадр кызматы мамлекеттик орган менен, администратор органсыз берилет.",
            "Неверная роль: кадровая служба назначается с государственным органом, администратор — без него.",
            "Invalid role: an HR reviewer is granted for a state body, an administrator without one."),
        [UserErrorCodes.LastAdministrator] = new(
            "Акыркы администратордун же өзүңүздүн администратор ролуңузду алууга болбойт.",
            "Нельзя снять роль последнего администратора или свою собственную.",
            "The last administrator's role, or your own, cannot be revoked."),
        [UserErrorCodes.ConflictOfInterest] = new(
            "Өзүңүздүн арызыңызды карай албайсыз: кызыкчылыктардын кагылышуусу.",
            "Нельзя рассматривать собственную заявку: конфликт интересов.",
            "You cannot act on your own application: conflict of interest."),
        [UserErrorCodes.DocumentCannotBeChecked] = new(
            "Бул файлды текшерүүгө мүмкүн эмес: аны окуу өтө көп убакыт талап кылат.",
            "Этот файл невозможно проверить: его чтение занимает слишком много времени.",
            "This file cannot be checked: reading it takes too long."),
        [UserErrorCodes.VerificationBusy] = new(
            "Текшерүү кызматы азыр бош эмес; бир аздан кийин кайра аракет кылыңыз.",
            "Служба проверки сейчас занята; повторите попытку чуть позже.",
            "The checking service is busy; try again in a moment."),
        [UserErrorCodes.OfficeInUse] = new(
            "Бул кеңсени алып салууга болбойт: ага арыз берилген.",
            "Этот офис нельзя убрать: в него уже подано заявление.",
            "This office cannot be removed: someone has applied at it."),
        [UserErrorCodes.SalaryRangeInvalid] = new(
            "Айлык акы терс боло албайт, жогорку чеги төмөнкүсүнөн аз боло албайт.",
            "Зарплата не может быть отрицательной, а верхняя граница — меньше нижней.",
            "The salary cannot be negative, nor its upper bound below the lower one."),
        [UserErrorCodes.DeadlineInPast] = new(
            "Арыз кабыл алуунун акыркы мөөнөтү келечекте болушу керек.",
            "Срок приёма заявлений должен быть в будущем.",
            "The application deadline must be in the future."),
        [UserErrorCodes.DeadlineOnlyLater] = new(
            "Жарыяланган вакансиянын мөөнөтүн узартууга гана болот.",
            "Срок опубликованной вакансии можно только продлить.",
            "A published vacancy's deadline can only be extended."),
        [UserErrorCodes.SignatureServiceUnavailable] = new(
            "Электрондук кол тамга кызматы азыр жооп бербей жатат; бир аздан кийин кайра аракет кылыңыз (киргизилген код жарактуу бойдон калат).",
            "Сервис электронной подписи сейчас не отвечает; повторите через минуту (введённый код остаётся действительным).",
            "The electronic signature service is not answering; try again in a minute (a code you typed stays valid)."),
        [UserErrorCodes.TimeStampingUnavailable] = new(
            "Кол коюу убактысын тастыктоочу кызмат азыр жооп бербей жатат; арыз кол коюлган жок. Бир аздан кийин кайра аракет кылыңыз (киргизилген код жарактуу бойдон калат).",
            "Служба штампов времени подписи сейчас не отвечает; заявление не подписано. Повторите через минуту (введённый код остаётся действительным).",
            "The signature time-stamping service is not answering; the application was not signed. Try again in a minute (a code you typed stays valid)."),
        [UserErrorCodes.TelegramNotConfigured] = new(
            "Telegram аркылуу эскертмелер бул порталда азырынча иштебейт.",
            "Уведомления в Telegram на этом портале пока не работают.",
            "Telegram alerts are not available on this portal yet."),
        [UserErrorCodes.TooManySavedSearches] = new(
            "Эң көп {0} издөөнү сактоого болот; керексизин өчүрүңүз.",
            "Можно сохранить не более {0} поисков; удалите ненужный.",
            "At most {0} searches can be saved; delete one you no longer need."),
        [UserErrorCodes.ExperienceYearsOutOfRange] = new(
            "Талап кылынган иш стажы 0дөн {0} жылга чейин болушу керек.",
            "Требуемый стаж должен быть от 0 до {0} лет.",
            "The required experience must be between 0 and {0} years."),
        [UserErrorCodes.RateLimited] = new(
            "Өтө көп суроо жөнөтүлдү; {0} секунддан кийин кайра аракет кылыңыз.",
            "Слишком много запросов; повторите через {0} с.",
            "Too many requests; try again in {0} seconds."),
        [UserErrorCodes.GroupLocked] = new(
            "Арыз берилгенден кийин кызмат ордунун тобун жана билим, стаж, мамлекеттик тил талаптарын өзгөртүүгө болбойт; талаптардын текстин гана оңдоого болот (ал эскертүү катары жарыяланат).",
            "После подачи заявлений нельзя менять группу должности и требования к образованию, стажу и государственному языку; можно исправить только текст требований (он будет опубликован как изменение).",
            "Once someone has applied, the position group and the education, experience and state-language requirements cannot change; only the requirements text can (it is published as an amendment)."),
        [UserErrorCodes.WorkflowDefinitionInvalid] = new(
            "Диаграмманы ишке киргизүүгө болбойт: анда ката же аткарылбаган элементтер бар.",
            "Диаграмму нельзя развернуть: в ней есть ошибочные или неисполнимые элементы.",
            "The diagram cannot be deployed: it has elements that are wrong or cannot run."),
        [UserErrorCodes.WorkflowDefinitionNotFound] = new("Мындай процесс же анын версиясы жок.", "Такого процесса или его версии нет.", "There is no such process or process version."),
        [UserErrorCodes.WorkflowInstanceNotFound] = new("Процесстин мындай нускасы табылган жок.", "Такой экземпляр процесса не найден.", "There is no such process instance."),
        [UserErrorCodes.WorkflowInstanceNotActive] = new(
            "Процесстин нускасы аяктаган же жокко чыгарылган; аны өзгөртүүгө болбойт.",
            "Экземпляр процесса завершён или отменён; изменить его нельзя.",
            "The process instance has ended or was cancelled; it cannot be changed."),
        [UserErrorCodes.WorkflowInstanceHasParent] = new(
            "Бул нусканы башка процесстин чакыруу кадамы баштаган; аны чакырган процессти жокко чыгарыңыз.",
            "Этот экземпляр запущен шагом вызова другого процесса; отмените вызвавший его процесс.",
            "This instance was started by another process's call activity; cancel the process that called it."),
        [UserErrorCodes.WorkflowStartEventMissing] = new(
            "Бул процесстин жөнөкөй баштоо окуясы жок: ал таймер, билдирүү же сигнал менен гана башталат.",
            "У этого процесса нет простого стартового события: он запускается только таймером, сообщением или сигналом.",
            "This process has no plain start event: it starts only by its timer, message or signal."),
        [UserErrorCodes.WorkflowElementNotFound] = new("Процессте мындай элемент жок.", "В процессе нет такого элемента.", "The process has no such element."),
        [UserErrorCodes.WorkflowTaskNotFound] = new("Мындай тапшырма табылган жок.", "Такая задача не найдена.", "There is no such task."),
        [UserErrorCodes.WorkflowTaskAlreadyCompleted] = new("Бул тапшырма мурунтан эле аткарылган.", "Эта задача уже выполнена.", "This task has already been completed."),
        [UserErrorCodes.WorkflowTaskNotActive] = new(
            "Бул тапшырма жокко чыгарылган же аяктаган.",
            "Эта задача отменена или завершена.",
            "This task was cancelled or has ended."),
        [UserErrorCodes.WorkflowTaskCompletionDenied] = new(
            "Тапшырманы аяктоо четке кагылды: процесстин текшерүүсү аны кабыл алган жок. Тапшырма ачык бойдон калды.",
            "Завершение задачи отклонено проверкой процесса. Задача остаётся открытой.",
            "Completing the task was refused by a check of the process; the task stays open."),
        [UserErrorCodes.WorkflowTaskAssignmentDenied] = new(
            "Тапшырманы дайындоо четке кагылды: процесстин текшерүүсү аны кабыл алган жок. Тапшырма мурункудай калды.",
            "Назначение задачи отклонено проверкой процесса. Задача осталась как была.",
            "Assigning the task was refused by a check of the process; the task stays as it was."),
        [UserErrorCodes.WorkflowTaskUpdateDenied] = new(
            "Тапшырманы өзгөртүү четке кагылды: процесстин текшерүүсү аны кабыл алган жок. Тапшырма мурункудай калды.",
            "Изменение задачи отклонено проверкой процесса. Задача осталась как была.",
            "Changing the task was refused by a check of the process; the task stays as it was."),
        [UserErrorCodes.WorkflowAdHocResultInvalid] = new(
            "Ad-hoc кошумча процесстин жообу туура эмес: ал жок элементтерди атайт же элементтерди иштетип, ошол эле учурда процессти аяктайт.",
            "Ответ для ad-hoc подпроцесса неверен: он называет несуществующие элементы или одновременно запускает элементы и завершает подпроцесс.",
            "The ad-hoc sub-process's result is invalid: it names elements that cannot be activated, or activates elements and completes it at once."),
        [UserErrorCodes.WorkflowTaskAlreadyClaimed] = new("Бул тапшырманы башка кызматкер алган.", "Эту задачу уже взял другой сотрудник.", "Someone else has already claimed this task."),
        [UserErrorCodes.WorkflowConcurrencyConflict] = new(
            "Процесс ушул убакта башка жерден өзгөртүлдү, эч нерсе сакталган жок; баракты жаңыртып, кайра аракет кылыңыз.",
            "Процесс тем временем изменён в другом месте, ничего не сохранено; обновите страницу и повторите.",
            "The process was changed elsewhere meanwhile and nothing was saved; reload and try again."),
        [UserErrorCodes.WorkflowIncidentNotFound] = new("Мындай инцидент табылган жок.", "Такой инцидент не найден.", "There is no such incident."),
        [UserErrorCodes.WorkflowIncidentAlreadyResolved] = new("Бул инцидент мурунтан эле чечилген.", "Этот инцидент уже устранён.", "This incident has already been resolved."),
        [UserErrorCodes.WorkflowMigrationInvalid] = new(
            "Процесстин нускасын бул версияга көчүрүүгө болбойт, эч нерсе өзгөргөн жок; элементтердин дал келүүсүн текшериңиз.",
            "Перенести экземпляр процесса на эту версию нельзя, ничего не изменено; проверьте сопоставление элементов.",
            "The process instance cannot be migrated to this version and nothing was changed; check the element mapping."),
        [UserErrorCodes.WorkflowVariablesInvalid] = new(
            "Процесстин өзгөрмөлөрү туура эмес: алар бир JSON объекти болушу керек, мисалы { \"сумма\": 100 }.",
            "Переменные процесса заданы неверно: нужен один объект JSON, например { \"сумма\": 100 }.",
            "The process variables are not valid: they must be one JSON object, e.g. { \"amount\": 100 }."),
        [UserErrorCodes.WorkflowVariablesTooLarge] = new(
            "Процесстин өзгөрмөлөрү өтө чоң: {0} миң белгиден ашпашы керек.",
            "Переменные процесса слишком велики: не больше {0} тыс. знаков.",
            "The process variables are too large: at most {0} thousand characters."),
        [UserErrorCodes.WorkflowHandlerNotFound] = new(
            "Бул кызматтык тапшырманы аткаруучу катталган эмес.",
            "Для этой сервисной задачи не зарегистрирован обработчик.",
            "No handler is registered for this service task."),
        [UserErrorCodes.WorkflowExpressionFailed] = new(
            "Процесстеги туюнтманы эсептөөгө мүмкүн болгон жок.",
            "Не удалось вычислить выражение процесса.",
            "An expression of the process could not be evaluated."),
        [UserErrorCodes.FormInvalid] = new(
            "Форманы жайгаштырууга болбойт; табылган каталарды караңыз.",
            "Форму нельзя развернуть; смотрите найденные ошибки.",
            "The form cannot be deployed; see the findings."),
        [UserErrorCodes.FormNotFound] = new("Мындай форма жайгаштырылган эмес.", "Такая форма не развёрнута.", "No such form is deployed."),
        [UserErrorCodes.FormDataInvalid] = new(
            "Форманын айрым талаалары туура эмес толтурулган; белгиленген талааларды оңдоңуз.",
            "Некоторые поля формы заполнены неверно; исправьте отмеченные поля.",
            "Some fields of the form are not valid; correct the fields marked."),
        [UserErrorCodes.TaskHasNoForm] = new(
            "Бул тапшырманын формасы жок; ал өз барагында аткарылат.",
            "У этой задачи нет формы; она выполняется на своей странице.",
            "This task has no form; it is done on its own page."),
        [UserErrorCodes.FormFieldRequired] = new("Бул талааны толтуруңуз.", "Заполните это поле.", "Fill in this field."),
        [UserErrorCodes.FormFieldType] = new("Бул талаанын мааниси туура эмес түрдө.", "Значение этого поля неверного вида.", "This field's value is of the wrong kind."),
        [UserErrorCodes.FormFieldTooShort] = new("Кеминде {0} белги жазыңыз.", "Введите не менее {0} символов.", "Enter at least {0} characters."),
        [UserErrorCodes.FormFieldTooLong] = new("Эң көп {0} белги жазууга болот.", "Можно ввести не более {0} символов.", "Enter at most {0} characters."),
        [UserErrorCodes.FormFieldBelowMin] = new("Маани {0} же андан чоң болушу керек.", "Значение должно быть не меньше {0}.", "The value must be at least {0}."),
        [UserErrorCodes.FormFieldAboveMax] = new("Маани {0} же андан кичине болушу керек.", "Значение должно быть не больше {0}.", "The value must be at most {0}."),
        [UserErrorCodes.FormFieldDecimals] = new("Үтүрдөн кийин эң көп {0} сан болот.", "Не более {0} знаков после запятой.", "At most {0} digits after the decimal point."),
        [UserErrorCodes.FormFieldPattern] = new("Маани талап кылынган үлгүгө дал келбейт.", "Значение не соответствует требуемому формату.", "The value does not have the required format."),
        [UserErrorCodes.FormFieldEmail] = new("E-mail дареги туура эмес.", "Неверный адрес e-mail.", "The e-mail address is not valid."),
        [UserErrorCodes.FormFieldPhone] = new("Телефон номери туура эмес; мисалы: +996 555 123 456.", "Неверный номер телефона; например: +996 555 123 456.", "The phone number is not valid; for example: +996 555 123 456."),
        [UserErrorCodes.FormFieldOption] = new("Сунушталган варианттардын бирин тандаңыз.", "Выберите один из предложенных вариантов.", "Choose one of the options offered."),
        [UserErrorCodes.FormFieldDate] = new("Күнү же убактысы туура эмес.", "Неверная дата или время.", "The date or time is not valid."),
        [UserErrorCodes.FormFieldDatePassed] = new("Өтүп кеткен күндү тандоого болбойт.", "Нельзя выбрать прошедшую дату.", "A date in the past cannot be chosen."),
        [UserErrorCodes.FormFieldUnknown] = new("Формада «{0}» талаасы жок.", "В форме нет поля «{0}».", "The form has no field “{0}”."),
        [UserErrorCodes.FormFieldDocument] = new("Файл табылган жок же аны сиз жүктөгөн эмессиз; файлды кайра тандаңыз.",
            "Файл не найден или загружен не вами; выберите файл заново.", "The file does not exist or was not uploaded by you; choose the file again."),
        [UserErrorCodes.FormFieldDocumentType] = new("«{0}» файлынын түрү бул талаага туура келбейт (уруксат: {1}).",
            "Тип файла «{0}» не подходит для этого поля (допустимо: {1}).", "The file “{0}” is not of a type this field accepts ({1})."),
    };

    public static string Format(string code, string language, params object[] arguments)
    {
        var text = Messages.TryGetValue(code, out var message) ? message.In(language) : code;
        var localized = arguments.Select(a => a is LocalizedText label ? label.In(language) : a).ToArray();
        return arguments.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, localized);
    }
}
