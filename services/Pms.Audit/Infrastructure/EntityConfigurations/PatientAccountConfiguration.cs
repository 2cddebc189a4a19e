using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Audit.Model;

namespace Pms.Audit.Infrastructure.EntityConfigurations;

public sealed class PatientAccountConfiguration : IEntityTypeConfiguration<PatientAccount>
{
    public void Configure(EntityTypeBuilder<PatientAccount> builder)
    {
        builder.HasKey(account => account.PatientId);
        builder.HasIndex(account => account.AuthUserId);
    }
}
