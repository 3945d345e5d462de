using Kyzmat.Recruitment.Mail;

namespace Kyzmat.Recruitment.Verification;

/// <summary>The e-mail that carries a code, in the citizen's language.</summary>
internal static class VerificationMail
{
    public static OutgoingMail Compose(string to, string code, VerificationPurpose purpose, string language, TimeSpan lifetime)
    {
        var minutes = (int)Math.Round(lifetime.TotalMinutes);
        var (subject, intro, validity) = language switch
        {
            "ru" => ("Kyzmat: код подтверждения", Intro(purpose, "ru"), $"Код действует {minutes} минут. Никому его не сообщайте."),
            "en" => ("Kyzmat: verification code", Intro(purpose, "en"), $"The code is valid for {minutes} minutes. Do not share it with anyone."),
            _ => ("Kyzmat: текшерүү коду", Intro(purpose, "ky"), $"Код {minutes} мүнөт жарактуу. Аны эч кимге айтпаңыз."),
        };
        var label = language switch { "ru" => "Код подтверждения", "en" => "Verification code", _ => "Текшерүү коду" };
        var body = $"{intro}\n\n{label}: {code}\n\n{validity}\n";
        return new OutgoingMail(to, $"{subject} {code}", body, CarriesSecret: true);
    }

    private static string Intro(VerificationPurpose purpose, string language) => (purpose, language) switch
    {
        (VerificationPurpose.SignApplication, "ru") => "Для подписания заявления введите этот код.",
        (VerificationPurpose.SignApplication, "en") => "To sign your application, enter this code.",
        (VerificationPurpose.SignApplication, _) => "Арызга кол коюу үчүн бул кодду киргизиңиз.",
        (_, "ru") => "Для входа в личный кабинет введите этот код.",
        (_, "en") => "To enter your personal cabinet, enter this code.",
        _ => "Жеке кабинетке кирүү үчүн бул кодду киргизиңиз.",
    };
}
