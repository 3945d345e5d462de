using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Host.SignIn;
using Kyzmat.Testing.Traits;

namespace Kyzmat.GraphQL.Tests.Profiles;

/// <summary>«Кирүү тарыхы» through /graphql: the citizen's own steps, failed passwords on their PIN included, and nobody else's.</summary>
public sealed class SignInHistoryTests
{
    private const string History = "{ me { signInHistory { at method outcome clientAddress userAgent } } }";

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TheHistory_ListsTheCitizensStepsNewestFirst_WithAWrongPasswordOnTheirPin_AndNotAnotherCitizens(DatabaseProvider provider)
    {
        await using var clients = await SignedInClients.StartAsync(provider);
        using (var browser = clients.Host.NewBrowser())
        {
            await browser.GetAsync("/account/signin");
            await SignInDriver.PasswordAsync(browser, DemoAccounts.CitizenPin, "not-the-password");
        }

        // A refusal recorded by PIN alone (lockout is checked before the person is looked up) is theirs too.
        await clients.Host.QueryAsync(async db =>
        {
            db.SignInAttempts.Add(new Kyzmat.Recruitment.SignInHistory.SignInAttempt
            {
                At = DateTimeOffset.UtcNow.AddMinutes(-5), Method = Kyzmat.Recruitment.SignInHistory.SignInMethod.Password,
                Outcome = Kyzmat.Recruitment.SignInHistory.SignInOutcome.LockedOut, Pin = DemoAccounts.CitizenPin, CitizenId = null, ClientAddress = "203.0.113.7",
            });
            return await db.SaveChangesAsync();
        });

        var nurlans = (await clients.Nurlan.QueryAsync(History)).GetProperty("me").GetProperty("signInHistory").EnumerateArray().ToList();
        var steps = nurlans.Select(r => (r.GetProperty("method").GetString(), r.GetProperty("outcome").GetString())).ToList();

        Assert.Equal(("PASSWORD", "WRONG_CREDENTIALS"), steps[0]); // the newest
        Assert.Contains(("PASSWORD", "SUCCEEDED"), steps);
        Assert.Contains(("EMAIL_CODE", "SUCCEEDED"), steps);
        Assert.Contains(("PASSWORD", "LOCKED_OUT"), steps);
        var times = nurlans.Select(r => r.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
        Assert.All(nurlans, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("clientAddress").GetString())));

        var aiguls = (await clients.Aigul.QueryAsync(History)).GetProperty("me").GetProperty("signInHistory").EnumerateArray().ToList();
        Assert.NotEmpty(aiguls);
        Assert.DoesNotContain(aiguls, r => r.GetProperty("outcome").GetString() is "WRONG_CREDENTIALS" or "LOCKED_OUT");
        Assert.True(aiguls.Count < nurlans.Count);
    }

    [Fact]
    public async Task TheHistory_NeedsASignedInCitizen_AndKeepsTheCountWithinBounds()
    {
        await using var clients = await SignedInClients.StartAsync(DatabaseProvider.Sqlite);

        var anonymous = await clients.Anonymous.PostAsync(History);
        Assert.Equal("NOT_AUTHENTICATED", anonymous.FirstErrorCode);

        var one = await clients.Nurlan.QueryAsync("{ me { signInHistory(first: 1) { method } } }");
        Assert.Single(one.GetProperty("me").GetProperty("signInHistory").EnumerateArray());
        var many = await clients.Nurlan.QueryAsync("{ me { signInHistory(first: 5000) { method } } }");
        Assert.InRange(many.GetProperty("me").GetProperty("signInHistory").GetArrayLength(), 2, 100);
    }
}
