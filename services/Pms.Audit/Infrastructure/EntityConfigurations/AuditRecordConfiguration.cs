using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Audit.Model;

namespace Pms.Audit.Infrastructure.EntityConfigurations;

public sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable(AuditTables.Records);
        builder.HasKey(record => record.Id);
        builder.Property(record => record.Id).UseIdentityAlwaysColumn();
        builder.HasIndex(record => record.RecordId).IsUnique();
        builder.HasIndex(record => new { record.Service, record.Sequence }).IsUnique();
        builder.HasIndex(record => record.At);
        builder.HasIndex(record => new { record.UserId, record.At });
        builder.HasIndex(record => record.PatientIds).HasMethod("gin");
        builder.Property(record => record.Service).HasMaxLength(40);
        builder.Property(record => record.UserName).HasMaxLength(200);
        builder.Property(record => record.UserEmail).HasMaxLength(256);
        builder.Property(record => record.Role).HasMaxLength(100);
        builder.Property(record => record.Client).HasMaxLength(20);
        builder.Property(record => record.Action).HasMaxLength(40);
        builder.Property(record => record.ResourceType).HasMaxLength(60);
        builder.Property(record => record.ResourceId).HasMaxLength(100);
        builder.Property(record => record.ClientIp).HasMaxLength(64);
        builder.Property(record => record.Outcome).HasMaxLength(20);
        builder.Property(record => record.CorrelationId).HasMaxLength(64);
    }
}
