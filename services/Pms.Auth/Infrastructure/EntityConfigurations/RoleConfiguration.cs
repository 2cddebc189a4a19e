using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Contracts;

namespace Pms.Auth.Infrastructure.EntityConfigurations;

/// <summary>The four PMS roles exist from the first migration on, with fixed ids.</summary>
public sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityRole<Guid>> builder) =>
        builder.HasData(
            Role("0194f7a0-0000-7000-8000-000000000001", PmsRoles.Admin),
            Role("0194f7a0-0000-7000-8000-000000000002", PmsRoles.Staff),
            Role("0194f7a0-0000-7000-8000-000000000003", PmsRoles.Doctor),
            Role("0194f7a0-0000-7000-8000-000000000004", PmsRoles.Patient));

    private static IdentityRole<Guid> Role(string id, string name) => new()
    {
        Id = Guid.Parse(id),
        Name = name,
        NormalizedName = name.ToUpperInvariant(),
        ConcurrencyStamp = id,
    };
}
