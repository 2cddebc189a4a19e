using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pms.Notifications.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AppointmentReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UpcomingAppointments",
                columns: table => new
                {
                    AppointmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    DoctorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DoctorTimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ReminderDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReminderId = table.Column<Guid>(type: "uuid", nullable: false),
                    RemindedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UpcomingAppointments", x => x.AppointmentId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UpcomingAppointments_ReminderDueAt",
                table: "UpcomingAppointments",
                column: "ReminderDueAt",
                filter: "\"Status\" = 'Booked' AND \"RemindedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UpcomingAppointments");
        }
    }
}
