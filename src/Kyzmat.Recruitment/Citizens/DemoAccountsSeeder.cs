using Kyzmat.Recruitment.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Citizens;

/// <summary>
/// Seeds the sandbox identity registry with the demo accounts, and grants the demo roles: one HR reviewer per
/// seeded state body and one administrator. Runs only when demo data is on, and only into an empty registry.
/// </summary>
public sealed class DemoAccountsSeeder(KyzmatDbContext db, TimeProvider clock)
{
    private static readonly PasswordHasher<SandboxCitizen> Hasher = new();

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.SandboxCitizens.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var people = new List<SandboxCitizen>
        {
            Person(DemoAccounts.NewCitizenPin, DemoAccounts.CitizenPassword, "Асанова", "Айгүл", "Бакытовна", null),
            Person(DemoAccounts.CitizenPin, DemoAccounts.CitizenPassword, "Токтогулов", "Нурлан", "Маратович", "nurlan@demo.kyzmat.test"),
            Person(DemoAccounts.AdminPin, DemoAccounts.AdminPassword, "Абдыкеримов", "Эрлан", "Токтосунович", "admin@demo.kyzmat.test"),
        };
        var citizens = new List<Citizen>
        {
            Confirmed(people[2], now, new RoleGrant { Role = KyzmatRoles.Admin, GrantedAt = now }),
        };

        var bodies = await db.StateBodies.AsNoTracking().OrderBy(b => b.Code == "minfin" ? 0 : 1).ThenBy(b => b.Code)
            .Select(b => new { b.Id, b.Code }).ToListAsync(cancellationToken);
        for (var i = 0; i < bodies.Count; i++)
        {
            var body = bodies[i];
            var reviewer = i == 0
                ? Person(DemoAccounts.HrPin, DemoAccounts.HrPassword, "Жумабаева", "Чолпон", "Сапаровна", $"hr.{body.Code}@demo.kyzmat.test")
                : Person(DemoAccounts.HrPinOfBody(i + 1), DemoAccounts.HrPassword, "Кадрова", body.Code, null, $"hr.{body.Code}@demo.kyzmat.test");
            people.Add(reviewer);
            citizens.Add(Confirmed(reviewer, now, new RoleGrant { Role = KyzmatRoles.Hr, StateBodyId = body.Id, GrantedAt = now }));
        }

        db.SandboxCitizens.AddRange(people);
        db.Citizens.AddRange(citizens);
        await db.SaveChangesAsync(cancellationToken);
        return people.Count;
    }

    private static SandboxCitizen Person(string pin, string password, string surname, string name, string? patronymic, string? email)
    {
        var person = new SandboxCitizen
        {
            Pin = pin,
            PasswordHash = "",
            Surname = surname,
            Name = name,
            Patronymic = patronymic,
            DateOfBirth = PersonalNumber.DateOfBirth(pin) ?? throw new InvalidOperationException($"Demo PIN {pin} has no date."),
            Email = email,
        };
        person.PasswordHash = Hasher.HashPassword(person, password);
        return person;
    }

    // Staff accounts come with a confirmed e-mail, so that their first sign-in goes straight to the code.
    private static Citizen Confirmed(SandboxCitizen person, DateTimeOffset now, RoleGrant grant) => new()
    {
        Pin = person.Pin,
        Surname = person.Surname,
        Name = person.Name,
        Patronymic = person.Patronymic,
        DateOfBirth = person.DateOfBirth,
        Email = person.Email,
        EmailConfirmed = person.Email is not null,
        CreatedAt = now,
        Roles = [grant],
    };
}
