using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pms.Patients.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PatientMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ReplacedBy",
                table: "Patients",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PatientMerges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SurvivorId = table.Column<Guid>(type: "uuid", nullable: false),
                    DuplicateId = table.Column<Guid>(type: "uuid", nullable: false),
                    MergedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MergedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    SurvivorBefore = table.Column<string>(type: "jsonb", nullable: false),
                    DuplicateBefore = table.Column<string>(type: "jsonb", nullable: false),
                    MovedAppointmentIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    MovedDocumentIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    UndoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UndoneBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatientMerges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PatientMerges_DuplicateId",
                table: "PatientMerges",
                column: "DuplicateId");

            migrationBuilder.CreateIndex(
                name: "IX_PatientMerges_SurvivorId",
                table: "PatientMerges",
                column: "SurvivorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PatientMerges");

            migrationBuilder.DropColumn(
                name: "ReplacedBy",
                table: "Patients");
        }
    }
}
