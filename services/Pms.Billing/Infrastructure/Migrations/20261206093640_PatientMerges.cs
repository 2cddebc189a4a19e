using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pms.Billing.Infrastructure.Migrations
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
                name: "MergedBills",
                columns: table => new
                {
                    MergeId = table.Column<Guid>(type: "uuid", nullable: false),
                    BillId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MergedBills", x => new { x.MergeId, x.BillId });
                    table.ForeignKey(
                        name: "FK_MergedBills_Bills_BillId",
                        column: x => x.BillId,
                        principalTable: "Bills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MergedBills_PatientMerges_MergeId",
                        column: x => x.MergeId,
                        principalTable: "PatientMerges",
                        principalColumn: "MergeId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MergedBills_BillId",
                table: "MergedBills",
                column: "BillId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MergedBills");

            migrationBuilder.DropTable(
                name: "PatientMerges");
        }
    }
}
