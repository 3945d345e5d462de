using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Traits;

namespace Kyzmat.GraphQL.Tests.Profiles;

/// <summary>«Жеке кабинет» through /graphql with real access tokens: each citizen reaches only their own.</summary>
public sealed class CabinetTests
{
    private const string Cabinet = """
        { me { id fullName dateOfBirth
               profile { phone regionCode languages { language level } }
               educations { id institution documentId }
               workExperiences { id organisation areas }
               experience { totalYears civilServiceYears }
               completion { percent isComplete missing }
               favouriteVacancies { code } } }
        """;

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Citizen_FillsEveryBlockWithAnUploadedDocument_ReachesOneHundredPercent(DatabaseProvider provider)
    {
        await using var clients = await SignedInClients.StartAsync(provider);
        var nurlan = clients.Nurlan;
        var diploma = await UploadAsync(nurlan, "Диплом.pdf");
        var workBook = await UploadAsync(nurlan, "Эмгек китепчеси.pdf");

        await nurlan.QueryAsync("""
            mutation($diploma: ID, $workBook: ID) {
              updatePersonalInformation(input: { sex: MALE, citizenship: "KG", phone: "+996 555 12 34 56", regionCode: "bishkek", address: "Чүй пр., 100", maritalStatus: MARRIED }) { phone }
              updateAdditionalInformation(input: { languages: [{ language: "ky", level: NATIVE }, { language: "ru", level: C1 }] }) { languages { language } }
              saveEducation(input: { institution: "КУУ", speciality: "Экономика", qualification: "Экономист", startDate: "2005-09-01", endDate: "2010-06-30", form: FULL_TIME, field: "Экономика", documentId: $diploma }) { id }
              saveWorkExperience(input: { organisation: "Финансы министрлиги", position: "Адис", postType: STATE_CIVIL_SERVICE, areas: ["Бюджет"], startDate: "2011-01-10", documentId: $workBook }) { id }
            }
            """, new { diploma, workBook });

        var me = (await nurlan.QueryAsync(Cabinet)).GetProperty("me");
        Assert.Equal(100, me.GetProperty("completion").GetProperty("percent").GetInt32());
        Assert.Empty(me.GetProperty("completion").GetProperty("missing").EnumerateArray());
        Assert.Equal("Токтогулов Нурлан Маратович", me.GetProperty("fullName").GetString());
        Assert.Equal("+996555123456", me.GetProperty("profile").GetProperty("phone").GetString());
        Assert.True(me.GetProperty("experience").GetProperty("civilServiceYears").GetDecimal() > 10);
        Assert.Equal(diploma, me.GetProperty("educations")[0].GetProperty("documentId").GetString());
    }

    [Fact]
    public async Task Citizens_CannotReachEachOthersRecordsOrDocuments()
    {
        await using var clients = await SignedInClients.StartAsync(DatabaseProvider.Sqlite);
        var nurlansDiploma = await UploadAsync(clients.Nurlan, "diploma.pdf");
        var education = await clients.Nurlan.QueryAsync("""
            mutation($doc: ID) { saveEducation(input: { institution: "КУУ", speciality: "Тарых", qualification: "Тарыхчы", startDate: "2005-09-01", endDate: "2010-06-30", form: FULL_TIME, field: "Гуманитардык", documentId: $doc }) { id } }
            """, new { doc = nurlansDiploma });
        var educationId = education.GetProperty("saveEducation").GetProperty("id").GetString();

        var remove = await clients.Aigul.PostAsync("mutation($id: ID!) { removeEducation(id: $id) }", new { id = educationId });
        var attach = await clients.Aigul.PostAsync("""
            mutation($doc: ID) { saveEducation(input: { institution: "X", speciality: "X", qualification: "X", startDate: "2005-09-01", form: FULL_TIME, field: "X", documentId: $doc }) { id } }
            """, new { doc = nurlansDiploma });
        using var download = await clients.Aigul.Http.GetAsync(new Uri($"/api/documents/{nurlansDiploma}", UriKind.Relative));
        using var ownDownload = await clients.Nurlan.Http.GetAsync(new Uri($"/api/documents/{nurlansDiploma}", UriKind.Relative));
        var aigulsCabinet = (await clients.Aigul.QueryAsync(Cabinet)).GetProperty("me");

        Assert.Equal("NOT_FOUND", remove.FirstErrorCode);
        Assert.Equal("DOCUMENT_NOT_YOURS", attach.FirstErrorCode);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownDownload.StatusCode);
        Assert.Equal("application/pdf", ownDownload.Content.Headers.ContentType?.MediaType);
        Assert.Empty(aigulsCabinet.GetProperty("educations").EnumerateArray());
        Assert.Single((await clients.Nurlan.QueryAsync(Cabinet)).GetProperty("me").GetProperty("educations").EnumerateArray());
    }

    [Fact]
    public async Task Mutation_WithInvalidInput_AnswersTheCodeAndMessageInTheCallersLanguage()
    {
        await using var clients = await SignedInClients.StartAsync(DatabaseProvider.Sqlite);

        var response = await clients.Nurlan.PostAsync("""
            mutation { saveEducation(input: { institution: "КУУ", speciality: "Тарых", qualification: "Тарыхчы", startDate: "2010-09-01", endDate: "2005-06-30", form: FULL_TIME, field: "Тарых" }) { id } }
            """, language: "ru");

        Assert.Equal("DATE_RANGE_INVALID", response.FirstErrorCode);
        Assert.Equal("Дата окончания не может быть раньше даты начала.", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Favourites_AddedTwiceListedOnceThenRemoved()
    {
        await using var clients = await SignedInClients.StartAsync(DatabaseProvider.Sqlite);
        var vacancyId = (await clients.Anonymous.QueryAsync("{ vacancies(first: 1) { nodes { id code } } }"))
            .GetProperty("vacancies").GetProperty("nodes")[0].GetProperty("id").GetString();

        await clients.Nurlan.QueryAsync("mutation($id: ID!) { a: addFavouriteVacancy(vacancyId: $id) b: addFavouriteVacancy(vacancyId: $id) }", new { id = vacancyId });
        var listed = (await clients.Nurlan.QueryAsync("{ me { favouriteVacancies { id } } }")).GetProperty("me").GetProperty("favouriteVacancies");
        var othersList = (await clients.Aigul.QueryAsync("{ me { favouriteVacancies { id } } }")).GetProperty("me").GetProperty("favouriteVacancies");
        await clients.Nurlan.QueryAsync("mutation($id: ID!) { removeFavouriteVacancy(vacancyId: $id) }", new { id = vacancyId });
        var afterRemoval = (await clients.Nurlan.QueryAsync("{ me { favouriteVacancies { id } } }")).GetProperty("me").GetProperty("favouriteVacancies");

        Assert.Equal(vacancyId, Assert.Single(listed.EnumerateArray()).GetProperty("id").GetString());
        Assert.Empty(othersList.EnumerateArray());
        Assert.Empty(afterRemoval.EnumerateArray());
    }

    [Fact]
    public async Task ForgedAccessToken_IsNotAuthenticated()
    {
        await using var clients = await SignedInClients.StartAsync(DatabaseProvider.Sqlite);
        using var forged = new HttpClient { BaseAddress = clients.Host.BaseAddress };
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");

        var response = await new GraphQLClient(forged).PostAsync("{ me { id } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("NOT_AUTHENTICATED", response.FirstErrorCode);
    }

    private static async Task<string> UploadAsync(GraphQLClient client, string name)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", name);
        using var response = await client.Http.PostAsync(new Uri("/api/documents", UriKind.Relative), form);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body.GetProperty("id").GetString()!;
    }
}
