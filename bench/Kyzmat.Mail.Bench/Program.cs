// Mail through a real SMTP exchange (MailKit to the in-process test server, over loopback): CPU per message of this
// process — both ends — when every message has a connection of its own (the baseline, IdleConnections = 0) and when
// connections are kept between messages (the default), with the same number of senders at once.
// Usage: dotnet run -c Release --project bench/Kyzmat.Mail.Bench [-- --messages 2000 --senders 4]
using System.Diagnostics;
using System.Globalization;
using Kyzmat.Recruitment.Mail;
using Kyzmat.Testing.Mail;
using Microsoft.Extensions.Options;

var messages = Option("--messages", 2000);
var senders = Option("--senders", 4);
Console.WriteLine($"Kyzmat mail benchmark: {messages} messages, {senders} senders at once, each a real SMTP exchange over loopback");

await MeasureAsync("warm-up", 0, messages / 4, quiet: true);
await MeasureAsync("warm-up", 4, messages / 4, quiet: true);
var baseline = await MeasureAsync("baseline: a connection per message", 0, messages);
var kept = await MeasureAsync("connections kept (default)", new SmtpOptions().IdleConnections, messages);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"ratio to the baseline: {kept.CpuMs / baseline.CpuMs:F2}× CPU, {kept.MessagesPerSecond / baseline.MessagesPerSecond:F2}× messages/s"));

async Task<Figures> MeasureAsync(string name, int idleConnections, int count, bool quiet = false)
{
    await using var smtp = new TestSmtpServer();
    var options = Options.Create(new MailOptions
    {
        From = "Kyzmat <no-reply@kyzmat.test>",
        Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = "None", IdleConnections = idleConnections },
    });
    await using var sender = new SmtpMailSender(options, TimeProvider.System);
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = senders }, async (n, ct) =>
        await sender.SendAsync(new OutgoingMail($"c{n}@demo.kyzmat.test", "Текшерүү коду", $"Код: {100000 + n % 900000}"), ct));
    var figures = new Figures((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count, count / clock.Elapsed.TotalSeconds);
    if (smtp.Messages.Count != count)
    {
        throw new InvalidOperationException($"The server received {smtp.Messages.Count} of {count} messages.");
    }

    if (!quiet)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-36} {figures.CpuMs,6:F2} ms CPU per message, {figures.MessagesPerSecond,6:F0} messages/s, {sender.ConnectionsOpened} connections"));
    }

    return figures;
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

internal sealed record Figures(double CpuMs, double MessagesPerSecond);
