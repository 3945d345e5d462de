using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kyzmat.Recruitment.Common;

internal static class LocalizedTextMapping
{
    /// <summary>Maps a <see cref="LocalizedText"/> onto three columns: Name_Ky, Name_Ru, Name_En.</summary>
    public static void MapLocalized<TEntity>(
        this EntityTypeBuilder<TEntity> entity,
        System.Linq.Expressions.Expression<Func<TEntity, LocalizedText?>> property,
        int maxLength)
        where TEntity : class
    {
        entity.ComplexProperty(property, text =>
        {
            text.Property(t => t.Ky).HasMaxLength(maxLength).IsRequired();
            text.Property(t => t.Ru).HasMaxLength(maxLength).IsRequired();
            text.Property(t => t.En).HasMaxLength(maxLength);
        });
    }
}
