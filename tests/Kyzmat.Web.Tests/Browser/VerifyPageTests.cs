using System.Text.RegularExpressions;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Testing.Pdf;
using Kyzmat.Testing.Traits;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kyzmat.Web.Tests.Browser;

/// <summary>
/// The public verification page as a reader of a signed application meets it: the link printed in the PDF (and its
/// QR code) opens /verify/AR-…, and the PDF dropped on /verify is VALID while a tampered copy is ALTERED.
/// </summary>
[Collection(BrowserCollection.Name)]
[BrowserTest]
public sealed partial class VerifyPageTests(PortalBrowser portal)
{
    // The demo HR reviewer of minedu, a citizen too, whom no other browser test signs in.
    private static readonly string ApplicantPin = DemoAccounts.HrPinOfBody(8);
    private const string ApplicantEmail = "hr.minedu@demo.kyzmat.test";

    [Fact]
    public async Task TheLinkPrintedInTheSignedPdf_ShowsItsFacts_AndTheDroppedPdfIsValid_ButATamperedCopyIsAltered()
    {
        var citizen = await portal.NewPageAsync();
        await citizen.GotoAsync("/");
        await portal.SignInAsync(citizen, SignInLabels.Kyrgyz, ApplicantPin, DemoAccounts.HrPassword, ApplicantEmail, giveEmail: false);
        var filed = await FiledApplication.FileAsync(portal, citizen, ApplicantEmail, "minfin");
        var pdf = await DownloadAsync(citizen, filed.Id);
        var printed = PrintedLink().Match(await PdfTextReader.ReadAsync(pdf));
        Assert.True(printed.Success, "the signed PDF prints its verification link");
        Assert.Equal(filed.Number, printed.Groups["number"].Value);

        var reader = await portal.NewPageAsync();
        await reader.GotoAsync(printed.Groups["path"].Value);
        var byNumber = reader.Locator("[data-verdict]");
        await Expect(byNumber).ToHaveAttributeAsync("data-verdict", "VALID");
        await Expect(byNumber).ToContainTextAsync(filed.Number);
        await Expect(byNumber).ToContainTextAsync(filed.VacancyCode);
        await PortalBrowser.AssertAccessibleAsync(reader);

        await reader.GotoAsync("/verify");
        await reader.GetByLabel("Тил").SelectOptionAsync("en");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Verify a signed application" })).ToBeVisibleAsync();
        await reader.GetByTestId("verify-file").SetInputFilesAsync(new FilePayload { Name = filed.Number + ".pdf", MimeType = "application/pdf", Buffer = pdf });
        var dropped = reader.Locator("[data-verdict]");
        await Expect(dropped).ToHaveAttributeAsync("data-verdict", "VALID");
        await Expect(dropped).ToContainTextAsync("The electronic signature inside the PDF (PAdES) was checked cryptographically.");

        var tampered = (byte[])pdf.Clone();
        tampered[tampered.Length / 3] ^= 0x01;
        await reader.GetByTestId("verify-file").SetInputFilesAsync(new FilePayload { Name = "tampered.pdf", MimeType = "application/pdf", Buffer = tampered });
        await Expect(reader.Locator("[data-verdict]")).ToHaveAttributeAsync("data-verdict", "ALTERED");
        await PortalBrowser.AssertAccessibleAsync(reader);
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string applicationId)
    {
        var base64 = await page.EvaluateAsync<string>("""
            async (id) => {
              const key = Object.keys(sessionStorage).find(k => k.startsWith('oidc.user:'));
              const token = JSON.parse(sessionStorage.getItem(key)).access_token;
              const response = await fetch(`/api/applications/${id}/document`, { headers: { Authorization: `Bearer ${token}` } });
              const bytes = new Uint8Array(await response.arrayBuffer());
              let text = '';
              for (const b of bytes) text += String.fromCharCode(b);
              return btoa(text);
            }
            """, applicationId);
        return Convert.FromBase64String(base64);
    }

    [GeneratedRegex(@"https?://[^/\s]+(?<path>/verify/(?<number>AR-[0-9A-Z]+))")]
    private static partial Regex PrintedLink();
}
