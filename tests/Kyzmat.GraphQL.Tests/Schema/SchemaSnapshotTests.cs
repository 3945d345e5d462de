using GraphQL.Types;
using GraphQL.Utilities;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Host;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;
using Kyzmat.Testing;

namespace Kyzmat.GraphQL.Tests.Schema;

public sealed class SchemaSnapshotTests
{
    /// <summary>
    /// Every change to the API shows in review: the SDL must match the snapshot (delete
    /// __snapshots__/*.snap to accept a change) and is written to schema/kyzmat.graphql for front-end code generation.
    /// </summary>
    [Fact]
    public async Task Schema_PrintedAsSdl_MatchesSnapshotAndRepositoryFile()
    {
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        var schema = host.Services.GetRequiredService<ISchema>();
        schema.Initialize();

#pragma warning disable CS0618 // SchemaPrinter is the printer GraphQL.NET 8 ships; its successor arrives in 9.
        var sdl = new SchemaPrinter(schema, new SchemaPrinterOptions { IncludeDescriptions = true }).Print().ReplaceLineEndings("\n");
#pragma warning restore CS0618

        File.WriteAllText(Path.Combine(TestEnvironment.RepositoryRoot(), "schema", "kyzmat.graphql"), sdl);
        sdl.MatchSnapshot();
    }
}
