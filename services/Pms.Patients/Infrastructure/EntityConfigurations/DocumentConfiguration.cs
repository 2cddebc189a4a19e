using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Contracts.Documents;
using Pms.Patients.Model;

namespace Pms.Patients.Infrastructure.EntityConfigurations;

public sealed class DocumentConfiguration : IEntityTypeConfiguration<PatientDocument>
{
    public const int UploaderNameLength = 300;

    public void Configure(EntityTypeBuilder<PatientDocument> builder)
    {
        builder.ToTable("Documents");
        builder.Property(document => document.Id).ValueGeneratedNever();
        builder.Property(document => document.Title).HasMaxLength(DocumentLimits.MaxTitleLength);
        builder.Property(document => document.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(document => document.FileName).HasMaxLength(DocumentFileType.MaxFileNameLength);
        builder.Property(document => document.UploadedByName).HasMaxLength(UploaderNameLength);
        builder.Property(document => document.ContentType).HasMaxLength(50);
        builder.Property(document => document.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasOne<Patient>().WithMany().HasForeignKey(document => document.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(document => new { document.PatientId, document.DocumentDate });
    }
}
