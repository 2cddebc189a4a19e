using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Billing.Model;

namespace Pms.Billing.Infrastructure.EntityConfigurations;

public sealed class PatientSummaryConfiguration : IEntityTypeConfiguration<PatientSummary>
{
    public void Configure(EntityTypeBuilder<PatientSummary> builder)
    {
        builder.ToTable("PatientSummaries");
        builder.HasKey(patient => patient.PatientId);
        builder.Property(patient => patient.Mrn).HasMaxLength(20);
        builder.Property(patient => patient.FirstName).HasMaxLength(100);
        builder.Property(patient => patient.LastName).HasMaxLength(100);
        builder.HasIndex(patient => patient.AuthUserId);
    }
}
