using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Auth.Model;

namespace Pms.Auth.Infrastructure.EntityConfigurations;

public sealed class PmsUserConfiguration : IEntityTypeConfiguration<PmsUser>
{
    public void Configure(EntityTypeBuilder<PmsUser> builder)
    {
        builder.Property(user => user.FirstName).HasMaxLength(100);
        builder.Property(user => user.LastName).HasMaxLength(100);
        builder.Property(user => user.TotpSecret).HasMaxLength(64);
        builder.Property(user => user.PendingTotpSecret).HasMaxLength(64);

        // Identity's own index is not unique; two concurrent registrations must not both win.
        builder.HasIndex(user => user.NormalizedEmail).IsUnique().HasDatabaseName("UX_Users_NormalizedEmail");
    }
}
