using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Billing.Model;

namespace Pms.Billing.Infrastructure.EntityConfigurations;

public sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> builder)
    {
        // Ids are set by the domain; a new row reached through its bill must still be inserted.
        builder.Property(refund => refund.Id).ValueGeneratedNever();
        builder.Property(refund => refund.Amount).HasPrecision(14, 2);
        builder.Property(refund => refund.Reason).HasMaxLength(500);
        builder.Property(refund => refund.IssuedBy).HasMaxLength(100);
        builder.Property(refund => refund.ProviderReference).HasMaxLength(200);
        builder.HasIndex(refund => refund.PaymentId);
    }
}
