using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Billing.Model;
using Pms.Billing.Services;

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

        // The registration fee exists from the start: registration cannot wait for an administrator.
        builder.HasData(new PriceItem
        {
            Code = BillingOptions.DefaultRegistrationFeeCode,
            Name = "Patient registration fee",
            BillType = BillType.Registration,
            UnitPrice = 25.00m,
            Currency = BillingOptions.DefaultCurrency,
            IsActive = true,
        });
    }
}
