using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.StateBodies;
using Kyzmat.Recruitment.Vacancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.Applications;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> entity)
    {
        entity.ToTable("applications");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.Number).HasMaxLength(20);
        entity.HasIndex(a => a.Number).IsUnique();
        entity.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        entity.Property(a => a.Language).HasMaxLength(2);
        entity.Property(a => a.DocumentSha256).HasMaxLength(64);
        entity.Property(a => a.SignedDocumentSha256).HasMaxLength(64);
        entity.Property(a => a.SignatureProvider).HasMaxLength(50);
        entity.Property(a => a.SigningCertificateSerial).HasMaxLength(40);
        entity.Property(a => a.Reason).HasMaxLength(2000);
        entity.Property(a => a.Version).IsConcurrencyToken();

        // One active application per citizen and vacancy, decided by the database (nulls never collide).
        entity.HasIndex(a => new { a.CitizenId, a.ActiveVacancyId }).IsUnique();
        entity.HasIndex(a => new { a.StateBodyId, a.Status });
        entity.HasIndex(a => a.VacancyId);
        entity.HasOne<Citizen>().WithMany().HasForeignKey(a => a.CitizenId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Vacancy>().WithMany().HasForeignKey(a => a.VacancyId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<StateBody>().WithMany().HasForeignKey(a => a.StateBodyId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Office>().WithMany().HasForeignKey(a => a.OfficeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> entity)
    {
        entity.ToTable("application_events");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        entity.Property(e => e.Actor).HasMaxLength(10);
        entity.Property(e => e.Reason).HasMaxLength(2000);
        entity.HasIndex(e => e.ApplicationId);
        entity.HasIndex(e => new { e.CitizenId, e.Id });
        entity.HasOne<Application>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApplicationPdfConfiguration : IEntityTypeConfiguration<ApplicationPdf>
{
    public void Configure(EntityTypeBuilder<ApplicationPdf> entity)
    {
        entity.ToTable("application_pdfs");
        entity.HasKey(p => new { p.ApplicationId, p.Kind });
        entity.Property(p => p.Kind).HasConversion<string>().HasMaxLength(10);
        entity.Property(p => p.Sha256).HasMaxLength(64);
        entity.HasIndex(p => p.Sha256);
        entity.HasOne<Application>().WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
