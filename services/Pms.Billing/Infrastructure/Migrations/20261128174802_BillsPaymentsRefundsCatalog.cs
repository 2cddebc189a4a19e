using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Pms.Billing.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class BillsPaymentsRefundsCatalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "AmountRefunded",
                table: "Bills",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "DiscountReason",
                table: "Bills",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notes",
                table: "Bills",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PatientSummaries",
                columns: table => new
                {
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mrn = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AuthUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatientSummaries", x => x.PatientId);
                });

            migrationBuilder.CreateTable(
                name: "Payment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BillId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Payment_Bills_BillId",
                        column: x => x.BillId,
                        principalTable: "Bills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Refund",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BillId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Refund", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Refund_Bills_BillId",
                        column: x => x.BillId,
                        principalTable: "Bills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "PriceItems",
                columns: new[] { "Code", "BillType", "Currency", "IsActive", "Name", "UnitPrice" },
                values: new object[,]
                {
                    { "ADM-ICU", "Admission", "USD", true, "Intensive care bed, per day", 1200.00m },
                    { "ADM-PRIVATE", "Admission", "USD", true, "Private room, per day", 320.00m },
                    { "ADM-WARD", "Admission", "USD", true, "General ward bed, per day", 180.00m },
                    { "CONS-FU", "Consultation", "USD", true, "Follow-up consultation", 25.00m },
                    { "CONS-GP", "Consultation", "USD", true, "General practitioner consultation", 40.00m },
                    { "CONS-SPEC", "Consultation", "USD", true, "Specialist consultation", 85.00m },
                    { "LAB-BMP", "Laboratory", "USD", true, "Basic metabolic panel", 32.00m },
                    { "LAB-CBC", "Laboratory", "USD", true, "Complete blood count", 18.50m },
                    { "LAB-LIPID", "Laboratory", "USD", true, "Lipid panel", 27.00m },
                    { "LAB-UA", "Laboratory", "USD", true, "Urinalysis", 12.00m },
                    { "OTH-CERT", "Other", "USD", true, "Medical certificate", 15.00m },
                    { "OTH-RECORDS", "Other", "USD", true, "Copy of medical records", 10.00m },
                    { "PHA-AMOX-500", "Pharmacy", "USD", true, "Amoxicillin 500 mg capsule", 0.45m },
                    { "PHA-IBU-400", "Pharmacy", "USD", true, "Ibuprofen 400 mg tablet", 0.15m },
                    { "PHA-PARA-500", "Pharmacy", "USD", true, "Paracetamol 500 mg tablet", 0.10m },
                    { "PRO-ECG", "Procedure", "USD", true, "Electrocardiogram", 45.00m },
                    { "PRO-IV", "Procedure", "USD", true, "Intravenous cannulation", 20.00m },
                    { "PRO-SUTURE", "Procedure", "USD", true, "Wound suturing, simple", 95.00m },
                    { "RAD-CT-HEAD", "Radiology", "USD", true, "CT head without contrast", 320.00m },
                    { "RAD-US-ABD", "Radiology", "USD", true, "Abdominal ultrasound", 140.00m },
                    { "RAD-XR-CHEST", "Radiology", "USD", true, "Chest X-ray, two views", 65.00m }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bills_IssuedAt",
                table: "Bills",
                column: "IssuedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PatientSummaries_AuthUserId",
                table: "PatientSummaries",
                column: "AuthUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Payment_BillId_IdempotencyKey",
                table: "Payment",
                columns: new[] { "BillId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payment_ReceivedAt",
                table: "Payment",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Refund_BillId",
                table: "Refund",
                column: "BillId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PatientSummaries");

            migrationBuilder.DropTable(
                name: "Payment");

            migrationBuilder.DropTable(
                name: "Refund");

            migrationBuilder.DropIndex(
                name: "IX_Bills_IssuedAt",
                table: "Bills");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "ADM-ICU");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "ADM-PRIVATE");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "ADM-WARD");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "CONS-FU");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "CONS-GP");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "CONS-SPEC");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "LAB-BMP");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "LAB-CBC");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "LAB-LIPID");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "LAB-UA");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "OTH-CERT");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "OTH-RECORDS");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "PHA-AMOX-500");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "PHA-IBU-400");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "PHA-PARA-500");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "PRO-ECG");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "PRO-IV");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "PRO-SUTURE");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "RAD-CT-HEAD");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "RAD-US-ABD");

            migrationBuilder.DeleteData(
                table: "PriceItems",
                keyColumn: "Code",
                keyValue: "RAD-XR-CHEST");

            migrationBuilder.DropColumn(
                name: "AmountRefunded",
                table: "Bills");

            migrationBuilder.DropColumn(
                name: "DiscountReason",
                table: "Bills");

            migrationBuilder.DropColumn(
                name: "Notes",
                table: "Bills");
        }
    }
}
