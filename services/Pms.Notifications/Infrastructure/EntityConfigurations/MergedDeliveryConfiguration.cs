using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Notifications.Model;

namespace Pms.Notifications.Infrastructure.EntityConfigurations;

public sealed class MergedDeliveryConfiguration : IEntityTypeConfiguration<MergedDelivery>
{
    public void Configure(EntityTypeBuilder<MergedDelivery> builder)
    {
        builder.ToTable("MergedDeliveries");
        builder.HasKey(merged => new { merged.MergeId, merged.DeliveryId });
        builder.HasIndex(merged => merged.DeliveryId);
        builder.HasOne<Delivery>().WithMany().HasForeignKey(merged => merged.DeliveryId).OnDelete(DeleteBehavior.Cascade);
    }
}
