using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Billing.Model;

namespace Pms.Billing.Infrastructure.EntityConfigurations;

public sealed class ClaimLineConfiguration : IEntityTypeConfiguration<ClaimLine>
{
    public void Configure(EntityTypeBuilder<ClaimLine> builder)
    {
        builder.Property(line => line.Id).ValueGeneratedNever();
        builder.Property(line => line.Code).HasMaxLength(32);
        builder.Property(line => line.Description).HasMaxLength(300);
        builder.Property(line => line.Amount).HasPrecision(14, 2);
        builder.Property(line => line.Paid).HasPrecision(14, 2);
        builder.Property(line => line.Adjusted).HasPrecision(14, 2);
        builder.Ignore(line => line.TransferredToPatient);
    }
}
