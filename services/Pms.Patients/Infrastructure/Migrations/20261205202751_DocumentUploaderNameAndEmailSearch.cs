using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pms.Patients.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DocumentUploaderNameAndEmailSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Patients_NormalizedEmail",
                table: "Patients");

            migrationBuilder.AddColumn<string>(
                name: "UploadedByName",
                table: "Documents",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Patients_NormalizedEmail_Trigram",
                table: "Patients",
                column: "NormalizedEmail")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Patients_NormalizedEmail_Trigram",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "UploadedByName",
                table: "Documents");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_NormalizedEmail",
                table: "Patients",
                column: "NormalizedEmail")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });
        }
    }
}
