using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Auth.Model;

namespace Pms.Auth.Infrastructure.EntityConfigurations;

public sealed class RecoveryCodeConfiguration : IEntityTypeConfiguration<RecoveryCode>
{
    public void Configure(EntityTypeBuilder<RecoveryCode> builder)
    {
        builder.Property(code => code.CodeHash).HasMaxLength(64);
        builder.HasIndex(code => new { code.UserId, code.CodeHash }).IsUnique();
        builder.HasOne<PmsUser>().WithMany().HasForeignKey(code => code.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
