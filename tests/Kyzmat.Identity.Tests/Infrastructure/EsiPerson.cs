namespace Kyzmat.Identity.Tests.Infrastructure;

public sealed record EsiPerson(string Pin, string Surname, string Name, string Birthdate, string Email, string Phone);
