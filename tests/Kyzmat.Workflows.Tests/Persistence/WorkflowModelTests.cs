using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Tests.Persistence;

public class WorkflowModelTests
{
    private static string Script(Action<DbContextOptionsBuilder> configure)
    {
        var builder = new DbContextOptionsBuilder<TestDbContext>();
        configure(builder);
        using var context = new TestDbContext(builder.Options);
        return context.Database.GenerateCreateScript();
    }

    [Fact]
    public void ApplyWorkflowModel_OnSqlServer_GeneratesTablesWithoutProviderSpecificTypesFromUs()
    {
        var script = Script(o => o.UseSqlServer("Server=unused;Database=unused"));

        foreach (var table in new[] { "wf_definitions", "wf_decisions", "wf_instances", "wf_user_tasks", "wf_jobs", "wf_message_subscriptions", "wf_incidents", "wf_history" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("jsonb", script, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[Version] int NOT NULL", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public void ApplyWorkflowModel_OnSqliteAndPostgreSql_UsesTextForJson(string provider)
    {
        var script = Script(o =>
        {
            if (provider == "Sqlite")
            {
                o.UseSqlite("Data Source=unused.db");
            }
            else
            {
                o.UseNpgsql("Host=unused");
            }
        });

        Assert.Contains("\"TokensJson\" TEXT NOT NULL", script, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("jsonb", script, StringComparison.OrdinalIgnoreCase);
    }
}
