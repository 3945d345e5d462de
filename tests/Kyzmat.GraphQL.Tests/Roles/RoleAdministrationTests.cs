using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Traits;

namespace Kyzmat.GraphQL.Tests.Roles;

/// <summary>Administrators grant and revoke roles through /graphql; the grant travels with the person's next token.</summary>
public sealed class RoleAdministrationTests
{
    private const string Grant = """
        mutation($pin: String!, $role: GrantableRole!, $body: ID) {
          grantRole(pin: $pin, role: $role, stateBodyId: $body) { id citizenName pin role stateBody { code } }
        }
        """;

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AnAdministrator_MakesAnotherBodysReviewerAReviewerOfMinfin_WhichTheirNextTokenCarries(DatabaseProvider provider)
    {
        await using var staff = await StaffClients.StartAsync(provider);
        var admin = await staff.AdminAsync();
        var minfin = (await admin.QueryAsync("""{ stateBody(code: "minfin") { id } }""")).GetProperty("stateBody").GetProperty("id").GetString();
        var pin = DemoAccounts.HrPinOfBody(3);

        var granted = (await admin.QueryAsync(Grant, new { pin, role = "HR", body = minfin })).GetProperty("grantRole");
        var again = (await admin.QueryAsync(Grant, new { pin, role = "HR", body = minfin })).GetProperty("grantRole");

        Assert.Equal("HR", granted.GetProperty("role").GetString());
        Assert.Equal("minfin", granted.GetProperty("stateBody").GetProperty("code").GetString());
        Assert.Equal(granted.GetProperty("id").GetString(), again.GetProperty("id").GetString()); // granting twice changes nothing
        var ofMinfin = (await admin.QueryAsync("query($body: ID) { roleGrants(stateBodyId: $body) { pin role } }", new { body = minfin }))
            .GetProperty("roleGrants").EnumerateArray().Select(g => g.GetProperty("pin").GetString()).ToList();
        Assert.Contains(pin, ofMinfin);
        Assert.Contains(DemoAccounts.HrPin, ofMinfin);

        // Signing in afterwards, the reviewer sees minfin's vacancies among their bodies'.
        var reviewer = await staff.PersonAsync(pin, DemoAccounts.HrPassword, await EmailOfAsync(staff, pin));
        var bodies = (await reviewer.QueryAsync("{ hrVacancies(first: 100) { nodes { stateBody { code } } } }"))
            .GetProperty("hrVacancies").GetProperty("nodes").EnumerateArray().Select(v => v.GetProperty("stateBody").GetProperty("code").GetString()).ToHashSet();
        Assert.Contains("minfin", bodies);
        Assert.True(bodies.Count >= 2, string.Join(", ", bodies));

        // Revoked: gone from the list.
        Assert.True((await admin.QueryAsync("mutation($id: ID!) { revokeRole(id: $id) }", new { id = granted.GetProperty("id").GetString() })).GetProperty("revokeRole").GetBoolean());
        var after = (await admin.QueryAsync("query($body: ID) { roleGrants(stateBodyId: $body) { pin } }", new { body = minfin })).GetProperty("roleGrants").EnumerateArray();
        Assert.DoesNotContain(after, g => g.GetProperty("pin").GetString() == pin);
    }

    [Fact]
    public async Task BadGrants_AreRefusedWithStableCodes_AndOnlyAdministratorsMayGrant()
    {
        await using var staff = await StaffClients.StartAsync(DatabaseProvider.Sqlite);
        var admin = await staff.AdminAsync();
        var hr = await staff.HrAsync();

        Assert.Equal("FORBIDDEN", (await hr.PostAsync(Grant, new { pin = DemoAccounts.HrPin, role = "ADMIN", body = (string?)null })).FirstErrorCode);
        Assert.Equal("NOT_AUTHENTICATED", (await staff.Anonymous.PostAsync("{ roleGrants { id } }")).FirstErrorCode);
        Assert.Equal("CITIZEN_NOT_FOUND", (await admin.PostAsync(Grant, new { pin = "12345678901234", role = "ADMIN", body = (string?)null })).FirstErrorCode);
        Assert.Equal("ROLE_INVALID", (await admin.PostAsync(Grant, new { pin = DemoAccounts.HrPin, role = "HR", body = (string?)null })).FirstErrorCode);

        var own = (await admin.QueryAsync("{ roleGrants { id role pin } }")).GetProperty("roleGrants").EnumerateArray()
            .Single(g => g.GetProperty("pin").GetString() == DemoAccounts.AdminPin && g.GetProperty("role").GetString() == "ADMIN");
        var revokeOwn = await admin.PostAsync("mutation($id: ID!) { revokeRole(id: $id) }", new { id = own.GetProperty("id").GetString() });
        Assert.Equal("LAST_ADMINISTRATOR", revokeOwn.FirstErrorCode);
        Assert.Equal(1, (await admin.QueryAsync("{ roleGrants { role } }")).GetProperty("roleGrants").EnumerateArray().Count(g => g.GetProperty("role").GetString() == "ADMIN"));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TwoAdministratorsRevokingEachOtherAtOnce_LeaveOne_AndTheRevokedOnesTokenGrantsNothing(DatabaseProvider provider)
    {
        await using var staff = await StaffClients.StartAsync(provider);
        var admin = await staff.AdminAsync();
        await admin.QueryAsync(Grant, new { pin = DemoAccounts.HrPin, role = "ADMIN", body = (string?)null });
        var second = await staff.HrAsync(); // signs in after the grant: the token says admin
        var grants = (await admin.QueryAsync("{ roleGrants { id role pin } }")).GetProperty("roleGrants").EnumerateArray()
            .Where(g => g.GetProperty("role").GetString() == "ADMIN").ToDictionary(g => g.GetProperty("pin").GetString()!, g => g.GetProperty("id").GetString());
        const string Revoke = "mutation($id: ID!) { revokeRole(id: $id) }";

        var results = await Task.WhenAll(
            admin.PostAsync(Revoke, new { id = grants[DemoAccounts.HrPin] }),
            second.PostAsync(Revoke, new { id = grants[DemoAccounts.AdminPin] }));

        Assert.Single(results, r => !r.HasErrors);
        // The loser either passed the administrator check before the winner committed and then finds itself the last
        // administrator, or checked afterwards and is no longer one: both are refusals, and nothing else is.
        Assert.Single(results, r => r.HasErrors && r.FirstErrorCode is "LAST_ADMINISTRATOR" or "FORBIDDEN");
        var admins = await staff.Host.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.RoleGrants, g => g.Role == KyzmatRoles.Admin));
        Assert.Equal(1, admins);

        // Whoever lost the role still holds a token that says admin: the database has the last word.
        var loser = results[0].HasErrors ? admin : second;
        var loserPin = results[0].HasErrors ? DemoAccounts.AdminPin : DemoAccounts.HrPin;
        Assert.Equal("FORBIDDEN", (await loser.PostAsync(Grant, new { pin = loserPin, role = "ADMIN", body = (string?)null })).FirstErrorCode);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ARevokedAdministratorsUnexpiredToken_IsRefusedEveryAdministratorOperationAtOnce(DatabaseProvider provider)
    {
        await using var staff = await StaffClients.StartAsync(provider);
        var admin = await staff.AdminAsync();
        await admin.QueryAsync(Grant, new { pin = DemoAccounts.HrPin, role = "ADMIN", body = (string?)null });
        var revoked = await staff.HrAsync(); // signs in after the grant: the token says admin
        const string Definitions = "{ workflowDefinitions { key } }";
        const string Cancel = "mutation($id: ID!) { cancelWorkflowInstance(id: $id) { id } }";
        const string Deploy = "mutation($x: String!) { deployWorkflow(bpmnXml: $x) { __typename } }";
        Assert.False((await revoked.PostAsync(Definitions)).HasErrors);

        var grantId = (await admin.QueryAsync("{ roleGrants { id role pin } }")).GetProperty("roleGrants").EnumerateArray()
            .Single(g => g.GetProperty("role").GetString() == "ADMIN" && g.GetProperty("pin").GetString() == DemoAccounts.HrPin).GetProperty("id").GetString();
        Assert.True((await admin.QueryAsync("mutation($id: ID!) { revokeRole(id: $id) }", new { id = grantId })).GetProperty("revokeRole").GetBoolean());

        Assert.Equal("FORBIDDEN", (await revoked.PostAsync(Definitions)).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await revoked.PostAsync(Cancel, new { id = Guid.NewGuid() })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await revoked.PostAsync(Deploy, new { x = "<definitions/>" })).FirstErrorCode);
        // Their HR work for minfin goes on: that grant stands.
        Assert.False((await revoked.PostAsync("{ hrTasks(first: 1) { totalCount } }")).HasErrors);
        Assert.False((await admin.PostAsync(Definitions)).HasErrors);
    }

    private static Task<string> EmailOfAsync(StaffClients staff, string pin) =>
        staff.Host.QueryAsync(async db => (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Citizens, c => c.Pin == pin)).Email!);
}
