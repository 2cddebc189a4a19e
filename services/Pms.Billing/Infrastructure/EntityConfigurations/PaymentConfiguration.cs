using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Billing.Model;

namespace Pms.Billing.Infrastructure.EntityConfigurations;

public sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        // Ids are set by the domain; a new row reached through its bill must still be inserted.
        builder.Property(payment => payment.Id).ValueGeneratedNever();
        builder.Property(payment => payment.Amount).HasPrecision(14, 2);
        builder.Property(payment => payment.Method).HasConversion<string>().HasMaxLength(20);
        builder.Property(payment => payment.Reference).HasMaxLength(100);
        builder.Property(payment => payment.IdempotencyKey).HasMaxLength(100);
        builder.Property(payment => payment.ReceivedBy).HasMaxLength(100);
        builder.HasIndex(payment => new { payment.BillId, payment.IdempotencyKey }).IsUnique();
        builder.HasIndex(payment => payment.ReceivedAt);
        builder.Property(payment => payment.Provider).HasMaxLength(20);
        builder.Property(payment => payment.ProviderReference).HasMaxLength(200);
        builder.HasIndex(payment => new { payment.Provider, payment.ProviderReference }).IsUnique().HasFilter("\"ProviderReference\" IS NOT NULL");
        builder.Property(payment => payment.ExcessRefunded).HasPrecision(14, 2);
        builder.Property(payment => payment.ExcessRefundReference).HasMaxLength(200);
    }
}
