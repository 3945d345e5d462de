using GraphQL.Types;
using Kyzmat.Recruitment.Applications;

namespace Kyzmat.GraphQL.Applications;

/// <summary>The frozen content of the application document.</summary>
public sealed class ApplicationSnapshotType : ObjectGraphType<ApplicationDocumentContent>
{
    public ApplicationSnapshotType()
    {
        Name = "ApplicationSnapshot";
        Field(s => s.CreatedAt);
        Field("applicantName", s => s.Applicant.FullName);
        Field("applicantDateOfBirth", s => s.Applicant.DateOfBirth);
        Field("applicantEmail", s => s.Applicant.Email, nullable: true);
        Field("applicantPhone", s => s.Applicant.Phone, nullable: true);
        Field("applicantAddress", s => s.Applicant.Address, nullable: true);
        Field("vacancyTitle", s => s.Vacancy.Title);
        Field("stateBody", s => s.Vacancy.StateBody);
        Field("officeName", s => s.Office.Name);
        Field("officeAddress", s => s.Office.Address);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("education")
            .Description("One line per education, as the document prints it (an open period reads \"to date\").")
            .Resolve(c => ApplicationDocumentWording.Of(c.Source).Education);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("work")
            .Description("One line per period of work, as the document prints it.")
            .Resolve(c => ApplicationDocumentWording.Of(c.Source).Work);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SnapshotDocumentType>>>>("documents")
            .Description("The uploaded proofs of the education and work listed, as at the document's making (GET `url` with the token: the owner, or a reviewer of a body the owner applied to).")
            .Resolve(c => SnapshotDocument.Of(c.Source));
        Field<NonNullGraphType<ApplicationDocumentWordingType>>("wording")
            .Description("The document's sentences in its own language, exactly as the PDF prints them («Арыз» on screen).")
            .Resolve(c => ApplicationDocumentWording.Of(c.Source));
    }
}

public sealed class ApplicationDocumentWordingType : ObjectGraphType<ApplicationDocumentWording>
{
    public ApplicationDocumentWordingType()
    {
        Name = "ApplicationDocumentWording";
        Field(w => w.Language).Description("ky or ru: the language the citizen applied in.");
        Field(w => w.Addressee);
        Field(w => w.Title);
        Field(w => w.Request);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("education").Resolve(c => c.Source.Education);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("work").Resolve(c => c.Source.Work);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("consents")
            .Description("Personal-data processing and the anti-corruption restrictions, as the law requires.")
            .Resolve(c => c.Source.Consents);
        Field(w => w.Date);
    }
}

public sealed record SnapshotDocument(Guid Id, string Kind, string Label)
{
    public static IEnumerable<SnapshotDocument> Of(ApplicationDocumentContent content) =>
        content.Education.Where(e => e.DocumentId is not null).Select(e => new SnapshotDocument(e.DocumentId!.Value, "EDUCATION", $"{e.Institution}; {e.Speciality}"))
            .Concat(content.Work.Where(w => w.DocumentId is not null).Select(w => new SnapshotDocument(w.DocumentId!.Value, "WORK", $"{w.Organisation}; {w.Position}")))
            .DistinctBy(d => d.Id);
}

public sealed class SnapshotDocumentType : ObjectGraphType<SnapshotDocument>
{
    public SnapshotDocumentType()
    {
        Name = "SnapshotDocument";
        Description = "An uploaded document the application was made with.";
        Field("id", d => d.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(d => d.Kind).Description("EDUCATION or WORK.");
        Field(d => d.Label).Description("The record it proves, as it stood.");
        Field<NonNullGraphType<StringGraphType>>("url").Resolve(c => $"/api/documents/{c.Source.Id}");
    }
}
