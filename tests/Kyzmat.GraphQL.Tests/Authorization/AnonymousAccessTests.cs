using System.Net;
using System.Net.Http.Headers;

namespace Kyzmat.GraphQL.Tests.Authorization;

/// <summary>What a visitor who has not signed in may and may not do.</summary>
public sealed class AnonymousAccessTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task Anonymous_ReadsVacanciesBodiesAndRegions()
    {
        var data = await fixture.Client.QueryAsync("{ regions { code } stateBodies { code } vacancies(first: 1) { totalCount } }");

        Assert.Equal(9, data.GetProperty("regions").GetArrayLength());
    }

    [Theory]
    [InlineData("{ me { id } }")]
    [InlineData("{ me { completion { percent } } }")]
    [InlineData("mutation { updatePersonalInformation(input: { phone: \"+996555123456\" }) { phone } }")]
    [InlineData("mutation { removeEducation(id: \"00000000-0000-0000-0000-000000000001\") }")]
    [InlineData("mutation { addFavouriteVacancy(vacancyId: \"00000000-0000-0000-0000-000000000001\") }")]
    public async Task Anonymous_PersonalFields_AreRefusedBeforeExecutionWith401(string operation)
    {
        var response = await fixture.Client.PostAsync(operation, language: "ru");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("NOT_AUTHENTICATED", response.FirstErrorCode);
        Assert.Equal("Для этого войдите в личный кабинет.", response.FirstError.GetProperty("message").GetString());
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Anonymous_Upload_IsRefusedWith401AndStoresNothing()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.4\n%%EOF"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "diploma.pdf");

        using var response = await fixture.Client.Http.PostAsync(new Uri("/api/documents", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(fixture.Host.DataPath, "files")) && Directory.EnumerateFiles(Path.Combine(fixture.Host.DataPath, "files"), "*", SearchOption.AllDirectories).Any());
    }
}
