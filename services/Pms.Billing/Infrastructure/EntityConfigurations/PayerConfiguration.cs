using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Billing.Model;

namespace Pms.Billing.Infrastructure.EntityConfigurations;

public sealed class PayerConfiguration : IEntityTypeConfiguration<Payer>
{
    public void Configure(EntityTypeBuilder<Payer> builder)
    {
        builder.HasKey(payer => payer.Code);
        builder.Property(payer => payer.Code).HasMaxLength(32);
        builder.Property(payer => payer.Name).HasMaxLength(200);
    }
}
