using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Auth.Model;

namespace Pms.Auth.Infrastructure.EntityConfigurations;

public sealed class AccessRevocationConfiguration : IEntityTypeConfiguration<AccessRevocation>
{
    public void Configure(EntityTypeBuilder<AccessRevocation> builder)
    {
        builder.HasKey(revocation => revocation.UserId);
        builder.HasIndex(revocation => revocation.RevokedBefore);
        builder.HasOne<PmsUser>().WithMany().HasForeignKey(revocation => revocation.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
