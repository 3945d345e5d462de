using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Host.SignIn;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Applications;

/// <summary>
/// A host on a real socket with the people of a competition signed in as the manual has it: Nurlan (profile filled to
/// 100 % with uploaded documents), Aigul (an empty profile), the Ministry of Finance's HR reviewer, and another body's.
/// </summary>
public sealed class Competition : IAsyncDisposable
{
    public const string NurlanEmail = "nurlan@demo.kyzmat.test";

    private readonly Func<ValueTask> _stopOthers;

    private Competition(
        IdentityTestHost host, Uri entry, GraphQLClient nurlan, GraphQLClient aigul, GraphQLClient hr, GraphQLClient otherHr, Func<ValueTask>? stopOthers = null)
    {
        Host = host;
        Entry = entry;
        Nurlan = nurlan;
        Aigul = aigul;
        Hr = hr;
        OtherHr = otherHr;
        Anonymous = new GraphQLClient(new HttpClient { BaseAddress = entry });
        _stopOthers = stopOthers ?? (() => ValueTask.CompletedTask);
    }

    /// <summary>The host whose database, mail server and clock the test reads.</summary>
    public IdentityTestHost Host { get; }

    /// <summary>Where the people's requests go: the host, or the proxy in front of several.</summary>
    public Uri Entry { get; }

    public GraphQLClient Nurlan { get; }

    public GraphQLClient Aigul { get; }

    /// <summary>HR reviewer of the Ministry of Finance (minfin).</summary>
    public GraphQLClient Hr { get; }

    /// <summary>HR reviewer of another state body.</summary>
    public GraphQLClient OtherHr { get; }

    public GraphQLClient Anonymous { get; }

    /// <param name="fakeClock">A clock the test moves (<see cref="IdentityTestHost.Clock"/>), for deadlines days ahead.</param>
    /// <param name="services">Services the test adds to the host's (a job handler of its own, say).</param>
    public static async Task<Competition> StartAsync(DatabaseProvider provider, Dictionary<string, string?>? settings = null, bool fakeClock = false,
        Action<IServiceCollection>? services = null)
    {
        var host = await IdentityTestHost.StartAsync(provider, fakeClock, settings, services: services);
        return await SignInEveryoneAsync(host, host.BaseAddress, null);
    }

    /// <summary>
    /// Two hosts of one installation on one PostgreSQL, behind a round-robin proxy through which every request of the
    /// people goes: each of their requests lands on the other host than the one before.
    /// </summary>
    public static async Task<(Competition Competition, IdentityTestHost Second, RoundRobinProxy Proxy)> StartOnTwoHostsAsync(Dictionary<string, string?>? settings = null)
    {
        settings = new Dictionary<string, string?>(settings ?? []) { ["Kyzmat:Proxy:KnownProxies:0"] = "127.0.0.1" };
        var first = await IdentityTestHost.StartAsync(DatabaseProvider.PostgreSql, settings: settings);
        var second = await IdentityTestHost.StartBesideAsync(first);
        var proxy = await RoundRobinProxy.StartAsync(first.BaseAddress, second.BaseAddress);
        var competition = await SignInEveryoneAsync(first, proxy.BaseAddress, async () =>
        {
            await proxy.DisposeAsync();
            await second.DisposeAsync();
        });
        return (competition, second, proxy);
    }

    private static async Task<Competition> SignInEveryoneAsync(IdentityTestHost host, Uri entry, Func<ValueTask>? stopOthers)
    {
        var nurlan = await SignInAsync(host, entry, DemoAccounts.CitizenPin, DemoAccounts.CitizenPassword, NurlanEmail, giveEmail: true);
        var aigul = await SignInAsync(host, entry, DemoAccounts.NewCitizenPin, DemoAccounts.CitizenPassword, "aigul@example.kg", giveEmail: true);
        var hr = await SignInAsync(host, entry, DemoAccounts.HrPin, DemoAccounts.HrPassword, "hr.minfin@demo.kyzmat.test", giveEmail: false);
        var otherPin = DemoAccounts.HrPinOfBody(2);
        var otherEmail = await host.QueryAsync(db => db.SandboxCitizens.Where(s => s.Pin == otherPin).Select(s => s.Email!).SingleAsync());
        var otherHr = await SignInAsync(host, entry, otherPin, DemoAccounts.HrPassword, otherEmail, giveEmail: false);
        await FillProfileAsync(nurlan);
        return new Competition(host, entry, nurlan, aigul, hr, otherHr, stopOthers);
    }

    /// <summary>Signs the administrator in (roles citizen and admin); the caller disposes of the client's HTTP client.</summary>
    public Task<GraphQLClient> SignInAdminAsync() =>
        SignInAsync(Host, Entry, DemoAccounts.AdminPin, DemoAccounts.AdminPassword, "admin@demo.kyzmat.test", giveEmail: false);

    /// <summary>A published vacancy of the Ministry of Finance (or another body) with one office, open until <paramref name="deadline"/>.</summary>
    public async Task<(string VacancyId, string OfficeId)> NewVacancyAsync(DateTimeOffset? deadline = null, string bodyCode = "minfin")
    {
        await using var db = Host.NewDbContext();
        var body = await db.StateBodies.Include(b => b.Offices).SingleAsync(b => b.Code == bodyCode);
        var office = body.Offices.OrderBy(o => o.Code).First();
        var vacancy = new Vacancy
        {
            Code = "KZ-T-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
            StateBodyId = body.Id,
            Group = PositionGroup.Senior,
            Title = new LocalizedText("Бюджет бөлүмүнүн адиси", "Специалист отдела бюджета"),
            Description = new LocalizedText("Бюджетти пландоо.", "Планирование бюджета."),
            Requirements = new LocalizedText("Жогорку билим.", "Высшее образование."),
            SalaryMin = 30000,
            SalaryMax = 40000,
            Status = VacancyStatus.Published,
            PublishedAt = DateTimeOffset.UtcNow.AddDays(-1),
            Deadline = (deadline ?? DateTimeOffset.UtcNow.AddDays(10)).ToUniversalTime(),
        };
        vacancy.Offices.Add(office);
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync();
        return (vacancy.Id.ToString(), office.Id.ToString());
    }

    /// <summary>The code in the next e-mail to Nurlan; on a time-out, says what the process's jobs and incidents show.</summary>
    public async Task<string> NextCodeToNurlanAsync()
    {
        try
        {
            return await Host.Smtp.NextCodeToAsync(NurlanEmail, TimeSpan.FromSeconds(30));
        }
        catch (OperationCanceledException)
        {
            var jobs = await Host.QueryAsync(db => db.Set<WorkflowJobRecord>().Select(j => $"{j.ElementId} {j.State} attempts={j.Attempts} {j.LastError}").ToListAsync());
            var incidents = await Host.QueryAsync(db => db.Set<WorkflowIncidentRecord>().Select(i => $"{i.ElementId} {i.Code} {i.Message}").ToListAsync());
            throw new TimeoutException($"No code e-mailed to {NurlanEmail}. Jobs: [{string.Join("; ", jobs)}]. Incidents: [{string.Join("; ", incidents)}]");
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in new[] { Nurlan, Aigul, Hr, OtherHr, Anonymous })
        {
            client.Http.Dispose();
        }

        await _stopOthers(); // the first host drops the database: the others go before it
        await Host.DisposeAsync();
    }

    public static Task<GraphQLClient> SignInAsync(IdentityTestHost host, string pin, string password, string email, bool giveEmail) =>
        SignInAsync(host, host.BaseAddress, pin, password, email, giveEmail);

    /// <summary>Signs in through <paramref name="entry"/> (a host or a proxy); the code comes from <paramref name="host"/>'s mail server.</summary>
    public static async Task<GraphQLClient> SignInAsync(IdentityTestHost host, Uri entry, string pin, string password, string email, bool giveEmail)
    {
        using var browser = new Browser(entry);
        var tokens = await SignInDriver.SignInAsync(host, browser, pin, password, email, giveEmail);
        var http = new HttpClient { BaseAddress = entry };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return new GraphQLClient(http);
    }

    /// <summary>Fills every block the application requires, with the two documents uploaded.</summary>
    public static async Task FillProfileAsync(GraphQLClient citizen)
    {
        var diploma = await UploadAsync(citizen, "Диплом.pdf");
        var workBook = await UploadAsync(citizen, "Эмгек китепчеси.pdf");
        await citizen.QueryAsync("""
            mutation($diploma: ID, $workBook: ID) {
              updatePersonalInformation(input: { sex: MALE, citizenship: "KG", phone: "+996 555 12 34 56", regionCode: "bishkek", address: "Чүй пр., 100", maritalStatus: MARRIED }) { phone }
              updateAdditionalInformation(input: { languages: [{ language: "ky", level: NATIVE }, { language: "ru", level: C1 }] }) { languages { language } }
              saveEducation(input: { institution: "Кыргыз улуттук университети", speciality: "Экономика", qualification: "Экономист", startDate: "2005-09-01", endDate: "2010-06-30", form: FULL_TIME, field: "Экономика", documentId: $diploma }) { id }
              saveWorkExperience(input: { organisation: "Финансы министрлиги", position: "Адис", postType: STATE_CIVIL_SERVICE, areas: ["Бюджет"], startDate: "2011-01-10", documentId: $workBook }) { id }
            }
            """, new { diploma, workBook });
    }

    public static async Task<string> UploadAsync(GraphQLClient client, string name)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", name);
        using var response = await client.Http.PostAsync(new Uri("/api/documents", UriKind.Relative), form);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body.GetProperty("id").GetString()!;
    }
}
