namespace Kyzmat.Identity.Tests.Infrastructure;

public sealed record BrowserForm(string Action, IReadOnlyList<KeyValuePair<string, string>> Hidden);
