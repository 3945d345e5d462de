using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Vacancies.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.Vacancies;

internal sealed class VacancyConfiguration : IEntityTypeConfiguration<Vacancy>
{
    public void Configure(EntityTypeBuilder<Vacancy> entity)
    {
        // The search index is kept by triggers (SQLite's FTS5 table, PostgreSQL's lexicon; decision 0014): telling EF
        // keeps it from reading generated values back with RETURNING, which a table with triggers may not allow.
        entity.ToTable("vacancies", table =>
        {
            table.HasTrigger("vacancies_search_insert");
            table.HasTrigger("vacancies_search_update");
        });
        entity.HasKey(v => v.Id);
        entity.Property(v => v.Code).HasMaxLength(40);
        entity.HasIndex(v => v.Code).IsUnique();
        entity.Property(v => v.Group).HasConversion<string>().HasMaxLength(20);
        entity.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        entity.Property(v => v.Employment).HasConversion<string>().HasMaxLength(20);
        entity.Property(v => v.SalaryMin).HasPrecision(12, 2);
        entity.Property(v => v.SalaryMax).HasPrecision(12, 2);
        entity.MapLocalized(v => v.Title, 400);
        entity.MapLocalized(v => v.Description, 4000);
        entity.MapLocalized(v => v.Requirements, 4000);
        entity.MapLocalized(v => v.Unit, 400);
        entity.MapLocalized(v => v.RequiredDocuments, 2000);
        entity.Property(v => v.RequiredEducation).HasConversion<string>().HasMaxLength(30);
        entity.Property(v => v.StateLanguageLevel).HasConversion<string>().HasMaxLength(10);
        entity.Property(v => v.CancellationReason).HasMaxLength(VacancyManagement.MaxReasonLength);
        entity.Property(v => v.SearchTitle).HasMaxLength(VacancySearchText.MaxTitleLength);
        entity.Property(v => v.SearchText).HasMaxLength(VacancySearchText.MaxLength);
        entity.HasOne(v => v.StateBody).WithMany().HasForeignKey(v => v.StateBodyId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(v => v.Offices).WithMany().UsingEntity(
            "vacancy_offices",
            right => right.HasOne(typeof(StateBodies.Office)).WithMany().HasForeignKey("OfficeId").OnDelete(DeleteBehavior.Restrict),
            left => left.HasOne(typeof(Vacancy)).WithMany().HasForeignKey("VacancyId").OnDelete(DeleteBehavior.Cascade));

        // The search lists published vacancies in one of three orders and pages by (key, Code): an index per order
        // lets the page be read in index order and stop after a page; the filters each have theirs.
        entity.HasIndex(v => new { v.Status, v.PublishedAt, v.Code });
        entity.HasIndex(v => new { v.Status, v.Deadline, v.Code });
        entity.HasIndex(v => new { v.Status, v.SalaryMax, v.Code });
        entity.HasIndex(v => new { v.StateBodyId, v.Status });
        entity.HasIndex(v => new { v.Group, v.Status });
    }
}
