using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Billing.Model;

namespace Pms.Billing.Infrastructure.EntityConfigurations;

public sealed class CoverageConfiguration : IEntityTypeConfiguration<Coverage>
{
    public void Configure(EntityTypeBuilder<Coverage> builder)
    {
        builder.HasKey(coverage => coverage.Id);
        builder.HasIndex(coverage => coverage.PatientId);
        builder.HasOne(coverage => coverage.Payer).WithMany().HasForeignKey(coverage => coverage.PayerCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(coverage => coverage.PayerCode).HasMaxLength(32);
        builder.Property(coverage => coverage.Plan).HasMaxLength(200);
        builder.Property(coverage => coverage.MemberId).HasMaxLength(64);
        builder.Property(coverage => coverage.GroupNumber).HasMaxLength(64);
        builder.Property(coverage => coverage.PolicyHolder).HasMaxLength(200);
        builder.Property(coverage => coverage.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Property(coverage => coverage.Relationship).HasConversion<string>().HasMaxLength(16);
    }
}
