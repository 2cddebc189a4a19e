using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Auth.Model;

namespace Pms.Auth.Infrastructure.EntityConfigurations;

public sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> builder)
    {
        builder.HasKey(key => key.Id);
        builder.Property(key => key.Id).HasMaxLength(64);
        builder.Property(key => key.Status).HasConversion<string>().HasMaxLength(16);

        // One key per status: the ring is at most next, current and previous.
        builder.HasIndex(key => key.Status).IsUnique();
    }
}
