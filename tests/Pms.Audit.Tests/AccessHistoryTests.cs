using Pms.Audit.Model;
using Pms.Audit.Services;

namespace Pms.Audit.Tests;

public sealed class AccessHistoryTests
{
    private static readonly Guid Patient = Guid.NewGuid();

    [Theory]
    [InlineData("Staff", "Web", "Florence Nightingale", "Florence Nightingale", "Staff")]
    [InlineData("Doctor", "Api", "John Snow", "John Snow", "Doctor")]
    [InlineData("Patient", "Web", "Mary Seacole", "Another patient", null)]
    [InlineData("Service", "Service", "service:billing", "PMS", null)]
    public void APatientSeesStaffByNameAndNeverAnotherPatient(string role, string client, string userName, string who, string? shownRole)
    {
        var seen = AccessHistory.Describe(Record(Guid.NewGuid(), role, client, userName), Patient);

        Assert.Equal(who, seen.Who);
        Assert.Equal(shownRole, seen.Role);
    }

    [Fact]
    public void ThePatientThemselfIsYou() => Assert.Equal("You", AccessHistory.Describe(Record(Patient, "Patient", "Web", "Mary Seacole"), Patient).Who);

    private static AuditRecord Record(Guid userId, string role, string client, string userName) => new()
    {
        Service = "patients",
        UserId = userId,
        UserName = userName,
        Role = role,
        Client = client,
        Action = "Read",
        ResourceType = "Patient",
        Outcome = "Allowed",
        PreviousHash = [],
        Hash = [],
    };
}
