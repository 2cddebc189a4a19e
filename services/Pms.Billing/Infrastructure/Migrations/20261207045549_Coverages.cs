using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pms.Billing.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Coverages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MergedBills_Bills_BillId",
                table: "MergedBills");

            migrationBuilder.DropForeignKey(
                name: "FK_MergedBills_PatientMerges_MergeId",
                table: "MergedBills");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MergedBills",
                table: "MergedBills");

            migrationBuilder.RenameTable(
                name: "MergedBills",
                newName: "MergedItems");

            migrationBuilder.RenameColumn(
                name: "BillId",
                table: "MergedItems",
                newName: "ItemId");

            migrationBuilder.RenameIndex(
                name: "IX_MergedBills_BillId",
                table: "MergedItems",
                newName: "IX_MergedItems_ItemId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MergedItems",
                table: "MergedItems",
                columns: new[] { "MergeId", "ItemId" });

            migrationBuilder.CreateTable(
                name: "Payers",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payers", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Coverages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    PayerCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Plan = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MemberId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GroupNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Priority = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PolicyHolder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Relationship = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Coverages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Coverages_Payers_PayerCode",
                        column: x => x.PayerCode,
                        principalTable: "Payers",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Coverages_PatientId",
                table: "Coverages",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Coverages_PayerCode",
                table: "Coverages",
                column: "PayerCode");

            migrationBuilder.AddForeignKey(
                name: "FK_MergedItems_PatientMerges_MergeId",
                table: "MergedItems",
                column: "MergeId",
                principalTable: "PatientMerges",
                principalColumn: "MergeId",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The ledger may hold moved coverages, which the bills' foreign key put back below would refuse.
            migrationBuilder.Sql("""DELETE FROM "MergedItems" WHERE "ItemId" NOT IN (SELECT "Id" FROM "Bills")""");

            migrationBuilder.DropForeignKey(
                name: "FK_MergedItems_PatientMerges_MergeId",
                table: "MergedItems");

            migrationBuilder.DropTable(
                name: "Coverages");

            migrationBuilder.DropTable(
                name: "Payers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MergedItems",
                table: "MergedItems");

            migrationBuilder.RenameTable(
                name: "MergedItems",
                newName: "MergedBills");

            migrationBuilder.RenameColumn(
                name: "ItemId",
                table: "MergedBills",
                newName: "BillId");

            migrationBuilder.RenameIndex(
                name: "IX_MergedItems_ItemId",
                table: "MergedBills",
                newName: "IX_MergedBills_BillId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MergedBills",
                table: "MergedBills",
                columns: new[] { "MergeId", "BillId" });

            migrationBuilder.AddForeignKey(
                name: "FK_MergedBills_Bills_BillId",
                table: "MergedBills",
                column: "BillId",
                principalTable: "Bills",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_MergedBills_PatientMerges_MergeId",
                table: "MergedBills",
                column: "MergeId",
                principalTable: "PatientMerges",
                principalColumn: "MergeId",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
