using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Billing.Model;

namespace Pms.Billing.Infrastructure.EntityConfigurations;

public sealed class BillLineConfiguration : IEntityTypeConfiguration<BillLine>
{
    public void Configure(EntityTypeBuilder<BillLine> builder)
    {
        // Ids are set by the domain; a new row reached through its bill must still be inserted.
        builder.Property(line => line.Id).ValueGeneratedNever();
        builder.Property(line => line.Code).HasMaxLength(32);
        builder.Property(line => line.Description).HasMaxLength(300);
        builder.Property(line => line.Quantity).HasPrecision(10, 3);
        builder.Property(line => line.UnitPrice).HasPrecision(12, 2);
        builder.Property(line => line.LineTotal).HasPrecision(14, 2);
        builder.Property(line => line.InsurerShare).HasPrecision(14, 2);
    }
}
