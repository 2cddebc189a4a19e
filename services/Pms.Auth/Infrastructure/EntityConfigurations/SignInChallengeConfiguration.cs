using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Auth.Model;

namespace Pms.Auth.Infrastructure.EntityConfigurations;

public sealed class SignInChallengeConfiguration : IEntityTypeConfiguration<SignInChallenge>
{
    public void Configure(EntityTypeBuilder<SignInChallenge> builder)
    {
        builder.Property(challenge => challenge.TokenHash).HasMaxLength(64);
        builder.HasIndex(challenge => challenge.TokenHash).IsUnique();
        builder.Property(challenge => challenge.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<PmsUser>().WithMany().HasForeignKey(challenge => challenge.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
