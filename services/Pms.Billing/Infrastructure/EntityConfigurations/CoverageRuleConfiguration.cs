using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Billing.Model;

namespace Pms.Billing.Infrastructure.EntityConfigurations;

public sealed class CoverageRuleConfiguration : IEntityTypeConfiguration<CoverageRule>
{
    public void Configure(EntityTypeBuilder<CoverageRule> builder)
    {
        builder.HasKey(rule => new { rule.PayerCode, rule.BillType });
        builder.HasOne<Payer>().WithMany().HasForeignKey(rule => rule.PayerCode).OnDelete(DeleteBehavior.Cascade);
        builder.Property(rule => rule.PayerCode).HasMaxLength(32);
        builder.Property(rule => rule.BillType).HasConversion<string>().HasMaxLength(20);
        builder.Property(rule => rule.CoveredPercent).HasPrecision(5, 2);
        builder.Property(rule => rule.CoPay).HasPrecision(12, 2);
        builder.Property(rule => rule.YearlyCap).HasPrecision(14, 2);
    }
}
