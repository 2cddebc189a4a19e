using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Patients.Model;

namespace Pms.Patients.Infrastructure.EntityConfigurations;

public sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    /// <summary>
    /// The exclusion constraint that keeps a doctor's Booked appointments from overlapping. EF Core
    /// cannot model it, so the migration that adds the table creates it in SQL.
    /// </summary>
    public const string NoOverlapConstraint = "EX_Appointments_Doctor_NoOverlap";

    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable(table => table.HasCheckConstraint("CK_Appointments_EndsAfterStart", "\"EndsAt\" > \"StartsAt\""));
        builder.Property(appointment => appointment.Id).ValueGeneratedNever();
        builder.Property(appointment => appointment.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(appointment => appointment.Reason).HasMaxLength(Appointment.ReasonLength);
        builder.Property(appointment => appointment.CancellationReason).HasMaxLength(Appointment.ReasonLength);
        builder.Property(appointment => appointment.RescheduleReason).HasMaxLength(Appointment.ReasonLength);

        builder.Property(appointment => appointment.ConsultationFeeStatus).HasConversion<string>().HasMaxLength(10);
        builder.Property(appointment => appointment.ConsultationFeeCode).HasMaxLength(DoctorConfiguration.FeeCodeLength);
        builder.HasIndex(appointment => appointment.ConsultationFeeStatus).HasFilter("\"ConsultationFeeStatus\" = 'Pending'");

        builder.HasOne<Doctor>().WithMany().HasForeignKey(appointment => appointment.DoctorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(appointment => appointment.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(appointment => new { appointment.DoctorId, appointment.StartsAt });
        builder.HasIndex(appointment => new { appointment.PatientId, appointment.StartsAt });

        builder.Property(appointment => appointment.Version).IsRowVersion();
    }
}
