using System.Net.Http.Headers;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Host.SignIn;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests;

/// <summary>
/// A host on a real socket whose staff sign in as the manual has it (PIN, password, e-mail code over real SMTP), each
/// with a GraphQL client carrying their access token: the administrator, the HR reviewer of the Ministry of Finance,
/// and a citizen. Each signs in when first asked for, so a test pays only for the people it uses.
/// </summary>
public sealed class StaffClients : IAsyncDisposable
{
    private readonly Dictionary<string, GraphQLClient> _signedIn = new(StringComparer.Ordinal);

    private StaffClients(IdentityTestHost host)
    {
        Host = host;
        Anonymous = new GraphQLClient(new HttpClient { BaseAddress = host.BaseAddress });
    }

    public IdentityTestHost Host { get; }

    public GraphQLClient Anonymous { get; }

    public static async Task<StaffClients> StartAsync(DatabaseProvider provider, Dictionary<string, string?>? settings = null) =>
        new(await IdentityTestHost.StartAsync(provider, settings: settings));

    /// <summary>The administrator (roles citizen and admin).</summary>
    public Task<GraphQLClient> AdminAsync() =>
        SignInAsync(DemoAccounts.AdminPin, DemoAccounts.AdminPassword, "admin@demo.kyzmat.test", giveEmail: false);

    /// <summary>The HR reviewer of the first seeded state body (roles citizen and hr).</summary>
    public Task<GraphQLClient> HrAsync() =>
        SignInAsync(DemoAccounts.HrPin, DemoAccounts.HrPassword, "hr.minfin@demo.kyzmat.test", giveEmail: false);

    /// <summary>A citizen with no other role.</summary>
    public Task<GraphQLClient> CitizenAsync() =>
        SignInAsync(DemoAccounts.CitizenPin, DemoAccounts.CitizenPassword, "nurlan@demo.kyzmat.test", giveEmail: true);

    /// <summary>Any seeded person whose e-mail is already confirmed.</summary>
    public Task<GraphQLClient> PersonAsync(string pin, string password, string email) => SignInAsync(pin, password, email, giveEmail: false);

    /// <summary>Runs <paramref name="action"/> with a scope of the host's own services (e.g. to start an instance).</summary>
    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private async Task<GraphQLClient> SignInAsync(string pin, string password, string email, bool giveEmail)
    {
        if (_signedIn.TryGetValue(pin, out var client))
        {
            return client;
        }

        using var browser = Host.NewBrowser();
        var tokens = await SignInDriver.SignInAsync(Host, browser, pin, password, email, giveEmail);
        var http = new HttpClient { BaseAddress = Host.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return _signedIn[pin] = new GraphQLClient(http);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _signedIn.Values.Append(Anonymous))
        {
            client.Http.Dispose();
        }

        await Host.DisposeAsync();
    }
}
