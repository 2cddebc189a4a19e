using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Patients.Model;

namespace Pms.Patients.Infrastructure.EntityConfigurations;

public sealed class DocumentAccessConfiguration : IEntityTypeConfiguration<DocumentAccess>
{
    public void Configure(EntityTypeBuilder<DocumentAccess> builder)
    {
        builder.ToTable("DocumentAccesses");
        builder.Property(access => access.Roles).HasMaxLength(100);
        // A first and a last name of auth-service's 100 characters each, and the space between.
        builder.Property(access => access.AccountName).HasMaxLength(201);
        builder.Property(access => access.Action).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(access => new { access.DocumentId, access.At });
    }
}
