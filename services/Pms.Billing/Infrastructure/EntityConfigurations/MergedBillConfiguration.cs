using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Billing.Model;

namespace Pms.Billing.Infrastructure.EntityConfigurations;

public sealed class MergedBillConfiguration : IEntityTypeConfiguration<MergedBill>
{
    public void Configure(EntityTypeBuilder<MergedBill> builder)
    {
        builder.ToTable("MergedBills");
        builder.HasKey(merged => new { merged.MergeId, merged.BillId });
        builder.HasIndex(merged => merged.BillId);
        builder.HasOne<Bill>().WithMany().HasForeignKey(merged => merged.BillId).OnDelete(DeleteBehavior.Cascade);
    }
}
