using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Patients.Model;

namespace Pms.Patients.Infrastructure.EntityConfigurations;

public sealed class DocumentConfiguration : IEntityTypeConfiguration<PatientDocument>
{
    public const int TitleLength = 200;

    public void Configure(EntityTypeBuilder<PatientDocument> builder)
    {
        builder.ToTable("Documents");
        builder.Property(document => document.Id).ValueGeneratedNever();
        builder.Property(document => document.Title).HasMaxLength(TitleLength);
        builder.Property(document => document.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(document => document.FileName).HasMaxLength(DocumentFileType.MaxFileNameLength);
        builder.Property(document => document.ContentType).HasMaxLength(50);
        builder.Property(document => document.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasOne<Patient>().WithMany().HasForeignKey(document => document.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(document => new { document.PatientId, document.DocumentDate });
    }
}

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
