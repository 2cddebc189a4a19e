using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pms.Billing.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class InsuranceSplits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CoverageId",
                table: "Bills",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "InsurerShare",
                table: "Bills",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "PayerCode",
                table: "Bills",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "InsurerShare",
                table: "BillLine",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "CoverageRules",
                columns: table => new
                {
                    PayerCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    BillType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CoveredPercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    CoPay = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    ExcludedCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    YearlyCap = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoverageRules", x => new { x.PayerCode, x.BillType });
                    table.ForeignKey(
                        name: "FK_CoverageRules_Payers_PayerCode",
                        column: x => x.PayerCode,
                        principalTable: "Payers",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoverageRules");

            migrationBuilder.DropColumn(
                name: "CoverageId",
                table: "Bills");

            migrationBuilder.DropColumn(
                name: "InsurerShare",
                table: "Bills");

            migrationBuilder.DropColumn(
                name: "PayerCode",
                table: "Bills");

            migrationBuilder.DropColumn(
                name: "InsurerShare",
                table: "BillLine");
        }
    }
}
