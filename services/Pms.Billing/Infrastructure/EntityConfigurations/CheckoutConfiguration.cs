using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Billing.Model;

namespace Pms.Billing.Infrastructure.EntityConfigurations;

public sealed class CheckoutConfiguration : IEntityTypeConfiguration<Checkout>
{
    public void Configure(EntityTypeBuilder<Checkout> builder)
    {
        builder.Property(checkout => checkout.Id).ValueGeneratedNever();
        builder.Property(checkout => checkout.SessionId).HasMaxLength(200);
        builder.HasIndex(checkout => checkout.SessionId).IsUnique();
        builder.Property(checkout => checkout.Url).HasMaxLength(2000);
        builder.Property(checkout => checkout.Amount).HasPrecision(14, 2);
        builder.Property(checkout => checkout.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(checkout => checkout.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(checkout => checkout.CreatedBy).HasMaxLength(100);
        builder.HasIndex(checkout => new { checkout.BillId, checkout.Status });
        builder.HasIndex(checkout => checkout.Status).HasFilter("\"Status\" = 'Open'");
        builder.HasOne<Bill>().WithMany().HasForeignKey(checkout => checkout.BillId).OnDelete(DeleteBehavior.Cascade);
    }
}
