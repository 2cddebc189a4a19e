using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Notifications.Model;

namespace Pms.Notifications.Infrastructure.EntityConfigurations;

public sealed class UpcomingAppointmentConfiguration : IEntityTypeConfiguration<UpcomingAppointment>
{
    public void Configure(EntityTypeBuilder<UpcomingAppointment> builder)
    {
        builder.ToTable("UpcomingAppointments");
        builder.HasKey(appointment => appointment.AppointmentId);
        builder.Property(appointment => appointment.AppointmentId).ValueGeneratedNever();
        builder.Property(appointment => appointment.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(appointment => appointment.DoctorName).HasMaxLength(200);
        builder.Property(appointment => appointment.DoctorTimeZone).HasMaxLength(64);
        builder.HasIndex(appointment => appointment.ReminderDueAt).HasFilter("\"Status\" = 'Booked' AND \"RemindedAt\" IS NULL");
    }
}
