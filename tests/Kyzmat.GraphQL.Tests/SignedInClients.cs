using System.Net.Http.Headers;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Host.SignIn;

namespace Kyzmat.GraphQL.Tests;

/// <summary>
/// A host on a real socket with two citizens signed in the way the manual has it (PIN, «Түндүк» password,
/// e-mail code read from a real SMTP exchange), each with a GraphQL client carrying their access token.
/// </summary>
public sealed class SignedInClients : IAsyncDisposable
{
    private SignedInClients(IdentityTestHost host, GraphQLClient nurlan, GraphQLClient aigul, GraphQLClient anonymous)
    {
        Host = host;
        Nurlan = nurlan;
        Aigul = aigul;
        Anonymous = anonymous;
    }

    public IdentityTestHost Host { get; }

    /// <summary>Citizen A: demo account with a confirmed e-mail.</summary>
    public GraphQLClient Nurlan { get; }

    /// <summary>Citizen B: the demo account that gives an e-mail at first sign-in.</summary>
    public GraphQLClient Aigul { get; }

    public GraphQLClient Anonymous { get; }

    public static async Task<SignedInClients> StartAsync(DatabaseProvider provider)
    {
        var host = await IdentityTestHost.StartAsync(provider);
        var nurlan = await SignInAsync(host, DemoAccounts.CitizenPin, DemoAccounts.CitizenPassword, "nurlan@demo.kyzmat.test", giveEmail: true);
        var aigul = await SignInAsync(host, DemoAccounts.NewCitizenPin, DemoAccounts.CitizenPassword, "aigul@example.kg", giveEmail: true);
        return new SignedInClients(host, nurlan, aigul, new GraphQLClient(new HttpClient { BaseAddress = host.BaseAddress }));
    }

    private static async Task<GraphQLClient> SignInAsync(IdentityTestHost host, string pin, string password, string email, bool giveEmail)
    {
        using var browser = host.NewBrowser();
        var tokens = await SignInDriver.SignInAsync(host, browser, pin, password, email, giveEmail);
        var http = new HttpClient { BaseAddress = host.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return new GraphQLClient(http);
    }

    public async ValueTask DisposeAsync()
    {
        Nurlan.Http.Dispose();
        Aigul.Http.Dispose();
        Anonymous.Http.Dispose();
        await Host.DisposeAsync();
    }
}
