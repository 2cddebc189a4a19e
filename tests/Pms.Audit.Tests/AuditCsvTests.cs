using Pms.Audit.Model;
using Pms.Audit.Services;
using Pms.ServiceDefaults.Apis;

namespace Pms.Audit.Tests;

public sealed class AuditCsvTests
{
    [Fact]
    public async Task ALineQuotesWhatNeedsQuotingAndDisarmsWhatASpreadsheetWouldRun()
    {
        var patient = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        var row = AuditCsvRow.From(new AuditRecord
        {
            Service = "patients",
            At = new DateTimeOffset(2026, 12, 5, 10, 30, 0, TimeSpan.FromHours(1)),
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
        await using var csv = new StringWriter();

        await CsvDownload.WriteRowsAsync(csv, new[] { row }.ToAsyncEnumerable(), TestContext.Current.CancellationToken);

        var lines = csv.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("at,userId,userName,role,action,resourceType,resourceId,patientIds,service,client,clientIp,outcome,status,correlationId", lines[0]);
        Assert.Equal(
            $"2026-12-05T09:30:00.000000Z,,\"'=HYPERLINK(\"\"x\"\"), \"\"Nightingale\"\"\",\"Staff,Admin\",Search,Patient,,{patient} {patient},patients,Web,,Allowed,200,",
            lines[1]);
    }
}
