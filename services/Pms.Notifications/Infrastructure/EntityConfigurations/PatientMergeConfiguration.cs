using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Notifications.Model;

namespace Pms.Notifications.Infrastructure.EntityConfigurations;

public sealed class PatientMergeConfiguration : IEntityTypeConfiguration<PatientMerge>
{
    public void Configure(EntityTypeBuilder<PatientMerge> builder)
    {
        builder.ToTable("PatientMerges");
        builder.HasKey(merge => merge.MergeId);
        builder.Property(merge => merge.MergeId).ValueGeneratedNever();

        // Every message planned looks up whether its patient was merged into another.
        builder.HasIndex(merge => merge.DuplicateId).HasFilter("\"MergedAt\" IS NOT NULL AND \"UndoneAt\" IS NULL");
        builder.HasMany(merge => merge.Deliveries).WithOne().HasForeignKey(delivery => delivery.MergeId).OnDelete(DeleteBehavior.Cascade);
    }
}
