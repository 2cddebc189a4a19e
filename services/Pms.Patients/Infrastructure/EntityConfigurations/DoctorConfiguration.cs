using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Patients.Model;

namespace Pms.Patients.Infrastructure.EntityConfigurations;

public sealed class DoctorConfiguration : IEntityTypeConfiguration<Doctor>
{
    public const int SpecialtyLength = 100;
    public const int FeeCodeLength = 50;
    public const int TimeZoneLength = 64;
    public const int ReasonLength = 500;

    public void Configure(EntityTypeBuilder<Doctor> builder)
    {
        builder.Property(doctor => doctor.Id).ValueGeneratedNever();
        builder.Property(doctor => doctor.FirstName).HasMaxLength(PatientConfiguration.NameLength);
        builder.Property(doctor => doctor.LastName).HasMaxLength(PatientConfiguration.NameLength);
        builder.Property(doctor => doctor.Specialty).HasMaxLength(SpecialtyLength);
        builder.Property(doctor => doctor.ConsultationFeeCode).HasMaxLength(FeeCodeLength);
        builder.Property(doctor => doctor.TimeZoneId).HasMaxLength(TimeZoneLength);
        builder.HasIndex(doctor => new { doctor.LastName, doctor.FirstName });

        builder.OwnsMany(doctor => doctor.WeeklyAvailability, rule =>
        {
            rule.ToTable("DoctorWeeklyAvailability");
            rule.Property(part => part.DayOfWeek).HasConversion<string>().HasMaxLength(10);
        });
        builder.OwnsMany(doctor => doctor.Exceptions, exception =>
        {
            exception.ToTable("DoctorAvailabilityExceptions");
            exception.HasKey(part => part.Id);
            exception.Property(part => part.Id).ValueGeneratedNever();
            exception.Property(part => part.Reason).HasMaxLength(ReasonLength);
        });

        builder.Property(doctor => doctor.Version).IsRowVersion();
    }
}
