using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pms.Patients.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ConsultationFees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ConsultationBillId",
                table: "Appointments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConsultationFeeCode",
                table: "Appointments",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConsultationFeeStatus",
                table: "Appointments",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_ConsultationFeeStatus",
                table: "Appointments",
                column: "ConsultationFeeStatus",
                filter: "\"ConsultationFeeStatus\" = 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Appointments_ConsultationFeeStatus",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "ConsultationBillId",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "ConsultationFeeCode",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "ConsultationFeeStatus",
                table: "Appointments");
        }
    }
}
