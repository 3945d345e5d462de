using Kyzmat.Recruitment.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.Profiles;

internal sealed class CitizenProfileConfiguration : IEntityTypeConfiguration<CitizenProfile>
{
    public void Configure(EntityTypeBuilder<CitizenProfile> entity)
    {
        entity.ToTable("profiles");
        entity.HasKey(p => p.CitizenId);
        entity.Property(p => p.Sex).HasConversion<string>().HasMaxLength(10);
        entity.Property(p => p.MaritalStatus).HasConversion<string>().HasMaxLength(20);
        entity.Property(p => p.Citizenship).HasMaxLength(2);
        entity.Property(p => p.Phone).HasMaxLength(30);
        entity.Property(p => p.RegionCode).HasMaxLength(40);
        entity.Property(p => p.District).HasMaxLength(100);
        entity.Property(p => p.Address).HasMaxLength(300);
        entity.Property(p => p.ComputerSkills).HasMaxLength(1000);
        entity.Property(p => p.Awards).HasMaxLength(2000);
        entity.Property(p => p.ScientificDegree).HasMaxLength(300);
        entity.Property(p => p.About).HasMaxLength(4000);
        entity.Property(p => p.Version).IsConcurrencyToken();
        entity.HasOne<StateBodies.Region>().WithMany().HasForeignKey(p => p.RegionCode).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<StoredDocument>().WithMany().HasForeignKey(p => p.PhotoDocumentId).OnDelete(DeleteBehavior.SetNull);
        entity.OwnsMany(p => p.Languages, language =>
        {
            language.ToTable("profile_languages");
            language.WithOwner().HasForeignKey("CitizenId");
            language.Property<int>("Id");
            language.HasKey("Id");
            language.Property(l => l.Language).HasMaxLength(10);
            language.Property(l => l.Level).HasConversion<string>().HasMaxLength(10);
        });
    }
}

internal sealed class EducationConfiguration : IEntityTypeConfiguration<Education>
{
    public void Configure(EntityTypeBuilder<Education> entity)
    {
        entity.ToTable("educations");
        entity.HasKey(e => e.Id);
        entity.HasIndex(e => e.CitizenId);
        entity.Property(e => e.Institution).HasMaxLength(300);
        entity.Property(e => e.Speciality).HasMaxLength(200);
        entity.Property(e => e.Qualification).HasMaxLength(200);
        entity.Property(e => e.Field).HasMaxLength(200);
        entity.Property(e => e.Form).HasConversion<string>().HasMaxLength(20);
        entity.HasOne<StoredDocument>().WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class WorkExperienceConfiguration : IEntityTypeConfiguration<WorkExperience>
{
    public void Configure(EntityTypeBuilder<WorkExperience> entity)
    {
        entity.ToTable("work_experiences");
        entity.HasKey(w => w.Id);
        entity.HasIndex(w => w.CitizenId);
        entity.Property(w => w.Organisation).HasMaxLength(300);
        entity.Property(w => w.Department).HasMaxLength(200);
        entity.Property(w => w.Position).HasMaxLength(200);
        entity.Property(w => w.PostType).HasConversion<string>().HasMaxLength(30);
        entity.PrimitiveCollection(w => w.Areas);
        entity.HasOne<StoredDocument>().WithMany().HasForeignKey(w => w.DocumentId).OnDelete(DeleteBehavior.SetNull);
    }
}
