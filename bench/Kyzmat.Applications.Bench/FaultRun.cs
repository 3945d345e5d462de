using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Kyzmat.Recruitment;
using Kyzmat.Recruitment.Documents;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing;
using Kyzmat.Testing.Databases;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Applications.Bench;

/// <summary>
/// The fault harness (<c>--kill-hosts</c>): two host processes on one PostgreSQL behind a round-robin proxy. The
/// citizens file through one host, then through both (throughput compared in the same run), then through both while
/// one host after the other is killed with SIGKILL mid-load and restarted. Afterwards it counts what must be zero: an
/// application a citizen saw filed that is gone or not filed (lost), a second application of one citizen for the
/// vacancy (duplicated), a filed application whose process disagrees with it (inconsistent), and work left undone or
/// done twice — notifications, jobs, timers.
/// </summary>
internal static class FaultRun
{
    public static async Task<int> RunAsync(int citizenCount, int concurrency, int kills)
    {
        Console.WriteLine($"Kyzmat fault harness: {citizenCount} citizens, {concurrency} at once, two hosts on one PostgreSQL, {kills} SIGKILLs mid-load");
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await using var smtp = new TestSmtpServer();
        await using var mail = new CodeMailbox(smtp);
        var settings = HostSettings(database.ConnectionString, smtp.Port);
        var hosts = new[] { new HostProcess("A", TestEnvironment.FreeTcpPort(), settings), new HostProcess("B", TestEnvironment.FreeTcpPort(), settings) };
        try
        {
            foreach (var host in hosts)
            {
                await host.StartAsync(); // one after the other: the first migrates and seeds
            }

            var (citizens, vacancies) = await SeedAsync(database.ConnectionString, citizenCount);
            await using var proxy = await RoundRobinProxy.StartAsync(hosts[0].BaseAddress, hosts[1].BaseAddress);
            await Parallel.ForEachAsync(citizens, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (citizen, _) =>
                citizen.AccessToken = await PortalSignIn.AccessTokenAsync(proxy.BaseAddress, mail, citizen.Pin, CitizenSeeder.Password, citizen.Email));
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = proxy.BaseAddress };
            var graphql = new GraphQLCaller(http);

            // Throughput needs a few hundred paths; the kills need a long run (a restart takes ~10 s).
            var measured = citizens.Take(400).ToList();
            proxy.SendOnlyTo(hosts[0].BaseAddress);
            var one = await PathRun.RunAsync(new CitizenPath(graphql, mail, vacancies[0], new StepTimings()), measured, concurrency, new StepTimings());
            proxy.SendOnlyTo(hosts[0].BaseAddress, hosts[1].BaseAddress);
            var two = await PathRun.RunAsync(new CitizenPath(graphql, mail, vacancies[1], new StepTimings()), measured, concurrency, new StepTimings());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"one host: {one.FiledPerSecond:F1} filed/s ({one.Failed} failed); two hosts: {two.FiledPerSecond:F1} filed/s ({two.Failed} failed); two/one {two.FiledPerSecond / one.FiledPerSecond:F2}"));

            var mailBefore = smtp.Messages.Count;
            var (seenFiled, failed, seconds) = await RunWithKillsAsync(graphql, mail, vacancies[2], citizens, concurrency, kills, hosts, proxy);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"with {kills} kills: {seenFiled.Count} seen filed, {failed} paths broken off (the citizen saw an error), {seenFiled.Count / seconds:F1} filed/s"));
            var outcome = await FaultOutcome.CheckAsync(database.ConnectionString, vacancies[2], seenFiled, smtp.Messages.Skip(mailBefore).ToList());
            outcome.Print();
            return outcome.Failures;
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    private static Dictionary<string, string> HostSettings(string connectionString, int smtpPort) => new()
    {
        // Staging: production-like without Production's configured keys; the sandbox identity for the citizens.
        ["ASPNETCORE_ENVIRONMENT"] = "Staging",
        ["Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:Kyzmat"] = connectionString,
        ["Kyzmat:Seed:DemoData"] = "true",
        ["Kyzmat:Identity:AllowSandbox"] = "true",
        ["Kyzmat:Identity:SignInRequestsPerMinute"] = "1000000",
        ["Serilog:MinimumLevel:Default"] = "Error",
        ["Kyzmat:Mail:Transport"] = "Smtp",
        ["Kyzmat:Mail:Smtp:Host"] = "127.0.0.1",
        ["Kyzmat:Mail:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
        ["Kyzmat:Mail:Smtp:Security"] = "None",
        // A dead host's claimed work is taken over after these (defaults 5 min each): short, so the harness need not wait.
        ["Kyzmat:Workflows:JobLeaseSeconds"] = "20",
        ["Kyzmat:Jobs:InvisibilityTimeout"] = "00:00:20",
    };

    private static async Task<(List<BenchCitizen> Citizens, Guid[] Vacancies)> SeedAsync(string connectionString, int count)
    {
        var dataPath = Directory.CreateTempSubdirectory("kyzmat-faults-seed-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kyzmat:DataPath"] = dataPath,
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Kyzmat"] = connectionString,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddKyzmatRecruitment(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        var citizens = await CitizenSeeder.SeedAsync(db, scope.ServiceProvider.GetRequiredService<IDocumentStorage>(), count);
        var vacancies = new Guid[3];
        for (var phase = 0; phase < vacancies.Length; phase++)
        {
            vacancies[phase] = await VacancySeeder.PublishAsync(db, $"KZ-FAULTS-{phase}");
        }

        return (citizens, vacancies);
    }

    private static async Task<(List<string> SeenFiled, int Failed, double Seconds)> RunWithKillsAsync(
        GraphQLCaller graphql, CodeMailbox mail, Guid vacancyId, List<BenchCitizen> citizens, int concurrency, int kills, HostProcess[] hosts, RoundRobinProxy proxy)
    {
        var path = new CitizenPath(graphql, mail, vacancyId, new StepTimings());
        var seenFiled = new ConcurrentBag<string>();
        var failed = 0;
        var done = 0;
        var watch = Stopwatch.StartNew();
        var killer = Task.Run(async () =>
        {
            for (var kill = 1; kill <= kills; kill++)
            {
                // The first kill a tenth into the run, each next one a second after the previous host is back: a restart
                // takes about ten seconds, in which the other host files hundreds of applications.
                while (Volatile.Read(ref done) < citizens.Count / 10)
                {
                    await Task.Delay(50);
                }

                await Task.Delay(kill == 1 ? TimeSpan.Zero : TimeSpan.FromSeconds(1));

                if (Volatile.Read(ref done) >= citizens.Count)
                {
                    Console.WriteLine($"  the load ended before kill {kill}: give more --citizens for every kill to land mid-load");
                    break;
                }

                var victim = hosts[(kill - 1) % hosts.Length];
                var survivor = hosts[kill % hosts.Length];
                victim.Kill();
                proxy.SendOnlyTo(survivor.BaseAddress); // the proxy's health check takes the dead host out
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {watch.Elapsed.TotalSeconds:F1} s: killed {victim.Name} (SIGKILL) after {Volatile.Read(ref done)} paths"));
                await victim.StartAsync();
                proxy.SendOnlyTo(hosts[0].BaseAddress, hosts[1].BaseAddress);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {watch.Elapsed.TotalSeconds:F1} s: {victim.Name} restarted and back in the proxy"));
            }
        });
        await Parallel.ForEachAsync(citizens, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (citizen, _) =>
        {
            try
            {
                seenFiled.Add(await path.RunAsync(citizen));
            }
            catch (Exception ex) when (ex is GraphQLErrorException or HttpRequestException or InvalidOperationException or TimeoutException or OperationCanceledException)
            {
                Interlocked.Increment(ref failed);
            }
            finally
            {
                Interlocked.Increment(ref done);
            }
        });
        var seconds = watch.Elapsed.TotalSeconds;
        await killer;
        return ([.. seenFiled], failed, seconds);
    }
}
