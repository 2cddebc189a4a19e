using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Billing.Model;

namespace Pms.Billing.Infrastructure.EntityConfigurations;

public sealed class PriceItemConfiguration : IEntityTypeConfiguration<PriceItem>
{
    public void Configure(EntityTypeBuilder<PriceItem> builder)
    {
        builder.HasKey(item => item.Code);
        builder.Property(item => item.Code).HasMaxLength(32);
        builder.Property(item => item.Name).HasMaxLength(200);
        builder.Property(item => item.BillType).HasConversion<string>().HasMaxLength(20);
        builder.Property(item => item.UnitPrice).HasPrecision(12, 2);
        builder.Property(item => item.Currency).HasMaxLength(3).IsFixedLength();

        builder.HasData(CatalogSeed.Items);
    }
}
