using System.Diagnostics;
using System.Text.Json;

namespace Kyzmat.Applications.Bench;

/// <summary>
/// One citizen's path through the manual's steps 8–15, as the tests' Steps.ApplyAndFileAsync takes it, each step timed:
/// <c>start</c> applyForVacancy; <c>office</c> the vacancy's offices («Кеңсе»), one chosen; <c>document</c>
/// createApplicationDocument (sets the office, renders the PDF); <c>sign</c> requestApplicationSignature («Кол коюу»);
/// <c>code</c> until the process's e-mail with the code arrives; <c>filed</c> confirmApplicationSignature until FILED
/// (retried while the process has not yet opened the code step, as the tests do).
/// </summary>
internal sealed class CitizenPath(GraphQLCaller graphql, CodeMailbox mail, Guid vacancyId, StepTimings timings)
{
    public static readonly string[] StepNames = ["start", "office", "document", "sign", "code", "filed"];

    /// <summary>GraphQL requests per application when no confirmation is retried (every step but «code», which is mail).</summary>
    public const int RequestsPerApplication = 5;

    private const string Fields = "id status nextStep";
    private int _confirmRetries;

    /// <summary>Confirmations answered APPLICATION_STEP_UNAVAILABLE (the code arrived before the process waited for it).</summary>
    public int ConfirmRetries => _confirmRetries;

    /// <summary>Takes the path to the end and returns the filed application's id.</summary>
    public async Task<string> RunAsync(BenchCitizen citizen)
    {
        var token = citizen.AccessToken;
        var applicationId = await TimeAsync("start", async () => Expect(
            await graphql.QueryAsync(token, $"mutation($v: ID!) {{ applyForVacancy(vacancyId: $v) {{ {Fields} }} }}", new { v = vacancyId }),
            "applyForVacancy", "DRAFT"));
        var officeId = await TimeAsync("office", async () =>
        {
            var offices = (await graphql.QueryAsync(token, "query($v: ID!) { vacancy(id: $v) { offices { id name { ky } } } }", new { v = vacancyId }))
                .GetProperty("vacancy").GetProperty("offices");
            return offices[citizen.Number % offices.GetArrayLength()].GetProperty("id").GetString()!;
        });
        await TimeAsync("document", async () => Expect(
            await graphql.QueryAsync(token, $"mutation($a: ID!, $o: ID!) {{ createApplicationDocument(applicationId: $a, officeId: $o) {{ {Fields} }} }}", new { a = applicationId, o = officeId }),
            "createApplicationDocument", "DOCUMENT_READY"));
        await TimeAsync("sign", async () => Expect(
            await graphql.QueryAsync(token, $"mutation($a: ID!) {{ requestApplicationSignature(applicationId: $a) {{ {Fields} }} }}", new { a = applicationId }),
            "requestApplicationSignature", "AWAITING_SIGNATURE"));
        var code = await TimeAsync("code", () => mail.NextCodeAsync(citizen.Email, TimeSpan.FromSeconds(60)));
        return await TimeAsync("filed", () => ConfirmAsync(token, applicationId, code));
    }

    private async Task<string> ConfirmAsync(string token, string applicationId, string code)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return Expect(
                    await graphql.QueryAsync(token, $"mutation($a: ID!, $c: String!) {{ confirmApplicationSignature(applicationId: $a, code: $c) {{ {Fields} }} }}", new { a = applicationId, c = code }),
                    "confirmApplicationSignature", "FILED");
            }
            catch (GraphQLErrorException ex) when (ex.Code == "APPLICATION_STEP_UNAVAILABLE" && attempt < 500)
            {
                Interlocked.Increment(ref _confirmRetries);
                await Task.Delay(20);
            }
        }
    }

    private async Task<T> TimeAsync<T>(string step, Func<Task<T>> action)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await action();
        timings.Add(step, Stopwatch.GetElapsedTime(started));
        return result;
    }

    /// <summary>The application's id, once its status is the one the step leads to.</summary>
    private static string Expect(JsonElement data, string field, string status)
    {
        var application = data.GetProperty(field);
        var actual = application.GetProperty("status").GetString();
        return actual == status
            ? application.GetProperty("id").GetString()!
            : throw new InvalidOperationException($"{field} left the application {actual}, not {status}: {application}");
    }
}
