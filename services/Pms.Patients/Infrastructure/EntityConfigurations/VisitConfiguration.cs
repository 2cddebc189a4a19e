using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Patients.Model;

namespace Pms.Patients.Infrastructure.EntityConfigurations;

public sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    /// <summary>A patient is in the queue once at a time, whichever desk checks them in.</summary>
    public const string OneOpenVisitPerPatient = "IX_Visits_PatientId_Open";

    /// <summary>A doctor sees one patient at a time, whichever screen calls the next.</summary>
    public const string OneConsultationPerDoctor = "IX_Visits_DoctorId_InConsultation";

    /// <summary>An appointment is checked in once.</summary>
    public const string OneVisitPerAppointment = "IX_Visits_AppointmentId";

    private const string Open = "\"Stage\" IN ('Waiting', 'InConsultation', 'AtCashier')";

    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.Property(visit => visit.Id).ValueGeneratedNever();
        builder.Property(visit => visit.Stage).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(visit => visit.IsOpen);

        builder.HasOne<Doctor>().WithMany().HasForeignKey(visit => visit.DoctorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(visit => visit.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Appointment>().WithMany().HasForeignKey(visit => visit.AppointmentId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(visit => visit.PatientId).IsUnique().HasFilter(Open).HasDatabaseName(OneOpenVisitPerPatient);
        builder.HasIndex(visit => visit.DoctorId).IsUnique().HasFilter("\"Stage\" = 'InConsultation'").HasDatabaseName(OneConsultationPerDoctor);
        builder.HasIndex(visit => visit.AppointmentId).IsUnique().HasDatabaseName(OneVisitPerAppointment);
        builder.HasIndex(visit => new { visit.DoctorId, visit.CheckedInAt }).HasFilter(Open);

        builder.Property(visit => visit.Version).IsRowVersion();
    }
}
