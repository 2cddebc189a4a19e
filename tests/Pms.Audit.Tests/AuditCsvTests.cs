using Pms.Audit.Model;
using Pms.Audit.Services;

namespace Pms.Audit.Tests;

public sealed class AuditCsvTests
{
    [Fact]
    public void ALineQuotesWhatNeedsQuotingAndDisarmsWhatASpreadsheetWouldRun()
    {
        var patient = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        var line = AuditCsv.Line(new AuditRecord
        {
            Service = "patients",
            At = new DateTimeOffset(2026, 12, 5, 9, 30, 0, TimeSpan.Zero),
            UserName = "=HYPERLINK(\"x\"), \"Nightingale\"",
            Role = "Staff,Admin",
            Client = "Web",
            Action = "Search",
            ResourceType = "Patient",
            PatientIds = [patient, patient],
            Outcome = "Allowed",
            Status = 200,
            PreviousHash = [],
            Hash = [],
        });

        Assert.Equal(
            $"2026-12-05T09:30:00.000000Z,,\"'=HYPERLINK(\"\"x\"\"), \"\"Nightingale\"\"\",\"Staff,Admin\",Search,Patient,,{patient} {patient},patients,Web,,Allowed,200,",
            line);
        Assert.Equal(14, AuditCsv.Header.Split(',').Length);
    }
}
