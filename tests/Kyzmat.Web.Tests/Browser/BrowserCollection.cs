namespace Kyzmat.Web.Tests.Browser;

/// <summary>One host and one Chromium for every browser test.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<PortalBrowser>
{
    public const string Name = "browser";
}
