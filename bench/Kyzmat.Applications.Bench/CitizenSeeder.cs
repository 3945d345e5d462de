using System.Security.Cryptography;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Documents;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Profiles;
using Microsoft.AspNetCore.Identity;

namespace Kyzmat.Applications.Bench;

/// <summary>
/// Citizens written straight into the database: a sandbox identity («Түндүк» stand-in) to sign in with, a confirmed
/// e-mail, and a profile filled to 100 % (personal and additional information, the state language, one education and
/// one period of work, each with an uploaded PDF) — what Competition's Nurlan has after FillProfileAsync.
/// </summary>
internal static class CitizenSeeder
{
    public const string Password = "kyzmat-bench";

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"u8.ToArray();

    public static async Task<List<BenchCitizen>> SeedAsync(KyzmatDbContext db, IDocumentStorage storage, int count)
    {
        var now = DateTimeOffset.UtcNow;
        var birth = new DateOnly(1990, 6, 15);
        // One hash serves every sandbox person: hashing is deliberately slow, and the salt need not differ here.
        var anyone = new SandboxCitizen { Pin = "", PasswordHash = "", Surname = "", Name = "" };
        var passwordHash = new PasswordHasher<SandboxCitizen>().HashPassword(anyone, Password);
        var citizens = new List<BenchCitizen>();
        for (var i = 0; i < count; i++)
        {
            var pin = $"1{birth:ddMMyyyy}{i:D5}";
            var email = $"citizen{i:D5}@bench.kyzmat.test";
            citizens.Add(new BenchCitizen(i, pin, email));
            db.SandboxCitizens.Add(new SandboxCitizen
            {
                Pin = pin, PasswordHash = passwordHash, Surname = "Сыноочу", Name = $"Жаран{i}", DateOfBirth = birth, Email = email,
            });
            var citizen = new Citizen
            {
                Pin = pin, Surname = "Сыноочу", Name = $"Жаран{i}", DateOfBirth = birth, Email = email, EmailConfirmed = true, CreatedAt = now,
            };
            db.Citizens.Add(citizen);
            db.Profiles.Add(new CitizenProfile
            {
                CitizenId = citizen.Id,
                Sex = Sex.Male,
                Citizenship = "KG",
                Phone = "+996 555 12 34 56",
                RegionCode = "bishkek",
                Address = "Чүй пр., 100",
                MaritalStatus = MaritalStatus.Married,
                Languages = [new LanguageSkill("ky", LanguageLevel.Native), new LanguageSkill("ru", LanguageLevel.C1)],
                UpdatedAt = now,
            });
            db.Educations.Add(new Education
            {
                CitizenId = citizen.Id,
                Institution = "Кыргыз улуттук университети",
                Speciality = "Экономика",
                Qualification = "Экономист",
                StartDate = new DateOnly(2007, 9, 1),
                EndDate = new DateOnly(2012, 6, 30),
                Form = StudyForm.FullTime,
                Field = "Экономика",
                DocumentId = await DocumentAsync(db, storage, citizen.Id, "Диплом.pdf", now),
            });
            db.WorkExperiences.Add(new WorkExperience
            {
                CitizenId = citizen.Id,
                Organisation = "Финансы министрлиги",
                Position = "Адис",
                PostType = PostType.StateCivilService,
                Areas = ["Бюджет"],
                StartDate = new DateOnly(2013, 1, 10),
                DocumentId = await DocumentAsync(db, storage, citizen.Id, "Эмгек китепчеси.pdf", now),
            });
        }

        await db.SaveChangesAsync();
        return citizens;
    }

    private static async Task<Guid> DocumentAsync(KyzmatDbContext db, IDocumentStorage storage, Guid ownerId, string name, DateTimeOffset now)
    {
        using var content = new MemoryStream(Pdf);
        var document = new StoredDocument
        {
            OwnerId = ownerId,
            FileName = name,
            Format = DocumentFormat.Pdf,
            SizeBytes = Pdf.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Pdf)),
            StorageKey = await storage.SaveAsync(content, CancellationToken.None),
            UploadedAt = now,
        };
        db.Documents.Add(document);
        return document.Id;
    }
}
