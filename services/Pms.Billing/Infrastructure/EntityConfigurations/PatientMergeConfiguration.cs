using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Billing.Model;

namespace Pms.Billing.Infrastructure.EntityConfigurations;

public sealed class PatientMergeConfiguration : IEntityTypeConfiguration<PatientMerge>
{
    public void Configure(EntityTypeBuilder<PatientMerge> builder)
    {
        builder.ToTable("PatientMerges");
        builder.HasKey(merge => merge.MergeId);
        builder.Property(merge => merge.MergeId).ValueGeneratedNever();
        builder.HasMany(merge => merge.Bills).WithOne().HasForeignKey(bill => bill.MergeId).OnDelete(DeleteBehavior.Cascade);
    }
}
