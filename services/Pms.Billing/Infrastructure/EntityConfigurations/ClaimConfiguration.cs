using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Billing.Model;

namespace Pms.Billing.Infrastructure.EntityConfigurations;

public sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.Property(claim => claim.Id).ValueGeneratedNever();
        builder.Property(claim => claim.Number).HasMaxLength(20);
        builder.HasIndex(claim => claim.Number).IsUnique();
        builder.HasIndex(claim => claim.BillId).IsUnique();
        builder.HasIndex(claim => claim.PatientId);
        builder.HasIndex(claim => new { claim.Status, claim.PayerCode });
        builder.HasOne<Bill>().WithMany().HasForeignKey(claim => claim.BillId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Payer>().WithMany().HasForeignKey(claim => claim.PayerCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(claim => claim.PayerCode).HasMaxLength(32);
        builder.Property(claim => claim.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(claim => claim.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(claim => claim.Amount).HasPrecision(14, 2);
        builder.Property(claim => claim.AmountPaid).HasPrecision(14, 2);
        builder.Property(claim => claim.AmountAdjusted).HasPrecision(14, 2);
        builder.Property(claim => claim.TransferredToPatient).HasPrecision(14, 2);
        builder.Property(claim => claim.RemittanceReference).HasMaxLength(100);
        builder.Property(claim => claim.DenialReason).HasMaxLength(500);
        builder.Property(claim => claim.Version).IsRowVersion();
        builder.HasMany(claim => claim.Lines).WithOne().HasForeignKey(line => line.ClaimId).OnDelete(DeleteBehavior.Cascade);
    }
}
