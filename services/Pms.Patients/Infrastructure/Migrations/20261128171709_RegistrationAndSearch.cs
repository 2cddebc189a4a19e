using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pms.Patients.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RegistrationAndSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<string>(
                name: "Address_City",
                table: "Patients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Address_Country",
                table: "Patients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Address_Line1",
                table: "Patients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Address_Line2",
                table: "Patients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Address_PostalCode",
                table: "Patients",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Address_Region",
                table: "Patients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmergencyContact_Name",
                table: "Patients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmergencyContact_PhoneNumber",
                table: "Patients",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmergencyContact_Relationship",
                table: "Patients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NormalizedEmail",
                table: "Patients",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NormalizedName",
                table: "Patients",
                type: "character varying(201)",
                maxLength: 201,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NormalizedPhone",
                table: "Patients",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RegistrationBillId",
                table: "Patients",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegistrationFeeStatus",
                table: "Patients",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Sex",
                table: "Patients",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_LastName_FirstName",
                table: "Patients",
                columns: new[] { "LastName", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_Patients_NormalizedEmail",
                table: "Patients",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_NormalizedName_DateOfBirth",
                table: "Patients",
                columns: new[] { "NormalizedName", "DateOfBirth" });

            migrationBuilder.CreateIndex(
                name: "IX_Patients_NormalizedName_Trigram",
                table: "Patients",
                column: "NormalizedName")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Patients_NormalizedPhone_Trigram",
                table: "Patients",
                column: "NormalizedPhone")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Patients_RegistrationFeeStatus",
                table: "Patients",
                column: "RegistrationFeeStatus",
                filter: "\"RegistrationFeeStatus\" = 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Patients_LastName_FirstName",
                table: "Patients");

            migrationBuilder.DropIndex(
                name: "IX_Patients_NormalizedEmail",
                table: "Patients");

            migrationBuilder.DropIndex(
                name: "IX_Patients_NormalizedName_DateOfBirth",
                table: "Patients");

            migrationBuilder.DropIndex(
                name: "IX_Patients_NormalizedName_Trigram",
                table: "Patients");

            migrationBuilder.DropIndex(
                name: "IX_Patients_NormalizedPhone_Trigram",
                table: "Patients");

            migrationBuilder.DropIndex(
                name: "IX_Patients_RegistrationFeeStatus",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Address_City",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Address_Country",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Address_Line1",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Address_Line2",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Address_PostalCode",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Address_Region",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "EmergencyContact_Name",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "EmergencyContact_PhoneNumber",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "EmergencyContact_Relationship",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "NormalizedEmail",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "NormalizedName",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "NormalizedPhone",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "RegistrationBillId",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "RegistrationFeeStatus",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Sex",
                table: "Patients");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
