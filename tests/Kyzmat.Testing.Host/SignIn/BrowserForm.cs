namespace Kyzmat.Testing.Host.SignIn;

public sealed record BrowserForm(string Action, IReadOnlyList<KeyValuePair<string, string>> Hidden);
