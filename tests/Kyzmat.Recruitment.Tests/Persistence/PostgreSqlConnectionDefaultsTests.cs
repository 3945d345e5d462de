using Kyzmat.Recruitment.Persistence;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Kyzmat.Recruitment.Tests.Persistence;

public class PostgreSqlConnectionDefaultsTests
{
    [Fact]
    public void AConnectionStringWithoutPreparationSettings_GetsAutomaticPreparation()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionDefaults.Apply("Host=db;Database=kyzmat;Username=k;Password=p"));

        Assert.Equal(PostgreSqlConnectionDefaults.MaxAutoPrepare, applied.MaxAutoPrepare);
        Assert.Equal(PostgreSqlConnectionDefaults.AutoPrepareMinUsages, applied.AutoPrepareMinUsages);
        Assert.True(applied.NoResetOnClose);
        Assert.Equal("p", applied.Password);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0, PostgreSqlConnectionDefaults.AutoPrepareMinUsages)]
    [InlineData("Host=db;MaxAutoPrepare=10;Auto Prepare Min Usages=5", 10, 5)]
    public void PreparationSettingsTheOperatorGave_AreKept(string given, int maximum, int minimum)
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionDefaults.Apply(given));

        Assert.Equal(maximum, applied.MaxAutoPrepare);
        Assert.Equal(minimum, applied.AutoPrepareMinUsages);
    }

    [Fact]
    public void ResetOnCloseTheOperatorAskedFor_IsKept()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionDefaults.Apply("Host=db;No Reset On Close=false"));

        Assert.False(applied.NoResetOnClose);
        Assert.Equal(PostgreSqlConnectionDefaults.MaxAutoPrepare, applied.MaxAutoPrepare);
    }

    [Theory]
    [InlineData("PostgreSql", "Host=db;Database=kyzmat", true)]
    [InlineData("Sqlite", "Data Source=/tmp/x.db", false)]
    public void TheHostsDatabaseSettings_PrepareOnPostgreSqlOnly(string provider, string connectionString, bool prepared)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DatabaseSettings.ProviderKey] = provider,
            ["ConnectionStrings:Kyzmat"] = connectionString,
        }).Build();

        var settings = DatabaseSettings.From(configuration, "/tmp");

        Assert.Equal(prepared, settings.ConnectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AMalformedConnectionString_IsAConfigurationErrorNamingTheSetting()
    {
        var error = Assert.Throws<KyzmatConfigurationException>(() => PostgreSqlConnectionDefaults.Apply("Host=db;Port=not-a-number;Password=secret"));

        Assert.Contains("ConnectionStrings:Kyzmat", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }
}
