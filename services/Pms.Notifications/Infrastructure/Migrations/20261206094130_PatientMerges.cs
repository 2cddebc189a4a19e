using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pms.Notifications.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PatientMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PatientMerges",
                columns: table => new
                {
                    MergeId = table.Column<Guid>(type: "uuid", nullable: false),
                    SurvivorId = table.Column<Guid>(type: "uuid", nullable: false),
                    DuplicateId = table.Column<Guid>(type: "uuid", nullable: false),
                    MergedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UndoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatientMerges", x => x.MergeId);
                });

            migrationBuilder.CreateTable(
                name: "MergedDeliveries",
                columns: table => new
                {
                    MergeId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeliveryId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MergedDeliveries", x => new { x.MergeId, x.DeliveryId });
                    table.ForeignKey(
                        name: "FK_MergedDeliveries_Deliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "Deliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MergedDeliveries_PatientMerges_MergeId",
                        column: x => x.MergeId,
                        principalTable: "PatientMerges",
                        principalColumn: "MergeId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MergedDeliveries_DeliveryId",
                table: "MergedDeliveries",
                column: "DeliveryId");

            migrationBuilder.CreateIndex(
                name: "IX_PatientMerges_DuplicateId",
                table: "PatientMerges",
                column: "DuplicateId",
                filter: "\"MergedAt\" IS NOT NULL AND \"UndoneAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MergedDeliveries");

            migrationBuilder.DropTable(
                name: "PatientMerges");
        }
    }
}
