using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Patients.Model;

namespace Pms.Patients.Infrastructure.EntityConfigurations;

public sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.Property(patient => patient.Mrn).HasMaxLength(20);
        builder.HasIndex(patient => patient.Mrn).IsUnique();
        builder.Property(patient => patient.FirstName).HasMaxLength(100);
        builder.Property(patient => patient.LastName).HasMaxLength(100);
        builder.Property(patient => patient.Email).HasMaxLength(254);
        builder.Property(patient => patient.PhoneNumber).HasMaxLength(32);

        // One record per account, however often its registration event arrives.
        builder.HasIndex(patient => patient.AuthUserId).IsUnique().HasFilter("\"AuthUserId\" IS NOT NULL");

        builder.Property(patient => patient.Version).IsRowVersion();
    }
}
