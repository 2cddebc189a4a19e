using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Billing.Model;

namespace Pms.Billing.Infrastructure.EntityConfigurations;

public sealed class BillConfiguration : IEntityTypeConfiguration<Bill>
{
    public void Configure(EntityTypeBuilder<Bill> builder)
    {
        builder.Property(bill => bill.Number).HasMaxLength(20);
        builder.HasIndex(bill => bill.Number).IsUnique();
        builder.HasIndex(bill => bill.PatientId);
        builder.Property(bill => bill.BillType).HasConversion<string>().HasMaxLength(20);
        builder.Property(bill => bill.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(bill => bill.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(bill => bill.Subtotal).HasPrecision(14, 2);
        builder.Property(bill => bill.Discount).HasPrecision(14, 2);
        builder.Property(bill => bill.Tax).HasPrecision(14, 2);
        builder.Property(bill => bill.Total).HasPrecision(14, 2);
        builder.Property(bill => bill.AmountPaid).HasPrecision(14, 2);
        builder.Property(bill => bill.AmountRefunded).HasPrecision(14, 2);
        builder.Property(bill => bill.InsurerShare).HasPrecision(14, 2);
        builder.Property(bill => bill.PayerCode).HasMaxLength(32);
        builder.Property(bill => bill.DiscountReason).HasMaxLength(300);
        builder.Property(bill => bill.VoidReason).HasMaxLength(500);
        builder.Property(bill => bill.Notes).HasMaxLength(1000);
        builder.HasIndex(bill => bill.IssuedAt);
        builder.Property(bill => bill.IdempotencyKey).HasMaxLength(100);
        builder.HasIndex(bill => bill.IdempotencyKey).IsUnique().HasFilter("\"IdempotencyKey\" IS NOT NULL");
        builder.Property(bill => bill.Version).IsRowVersion();
        builder.Ignore(bill => bill.Balance);
        builder.Ignore(bill => bill.PatientShare);
        builder.HasMany(bill => bill.Lines).WithOne().HasForeignKey(line => line.BillId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(bill => bill.Payments).WithOne().HasForeignKey(payment => payment.BillId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(bill => bill.Refunds).WithOne().HasForeignKey(refund => refund.BillId).OnDelete(DeleteBehavior.Restrict);
    }
}
