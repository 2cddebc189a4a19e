using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Audit.Model;

namespace Pms.Audit.Infrastructure.EntityConfigurations;

public sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable(AuditTables.ChainHeads);
        builder.HasKey(head => head.Service);
        builder.Property(head => head.Service).HasMaxLength(40);
    }
}
