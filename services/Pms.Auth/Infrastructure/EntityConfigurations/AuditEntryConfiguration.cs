using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Auth.Model;

namespace Pms.Auth.Infrastructure.EntityConfigurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(entry => entry.Action).HasConversion<string>().HasMaxLength(40);
        builder.Property(entry => entry.Actor).HasMaxLength(100);
        builder.Property(entry => entry.SubjectEmail).HasMaxLength(254);
        builder.Property(entry => entry.IpAddress).HasMaxLength(45);
        builder.Property(entry => entry.Detail).HasMaxLength(500);
        builder.HasIndex(entry => entry.OccurredAt);
        builder.HasIndex(entry => entry.SubjectUserId);
    }
}
