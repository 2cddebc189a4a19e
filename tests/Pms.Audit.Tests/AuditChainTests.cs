using Pms.Audit.Model;

namespace Pms.Audit.Tests;

public sealed class AuditChainTests
{
    [Fact]
    public void EveryFieldAndThePreviousHashTakePartInTheHash()
    {
        var record = Record();
        var hash = AuditChain.HashOf(record, AuditChain.Genesis);

        Assert.Equal(hash, AuditChain.HashOf(Record(), AuditChain.Genesis));
        Assert.NotEqual(hash, AuditChain.HashOf(record, hash));
        foreach (var changed in new[]
                 {
                     Record(r => r.Outcome = "Denied"), Record(r => r.Action = "Update"), Record(r => r.At = r.At.AddTicks(10)),
                     Record(r => r.PatientIds = [Guid.NewGuid()]), Record(r => r.UserName = "Someone Else"), Record(r => r.Sequence = 8),
                     Record(r => r.ClientIp = null), Record(r => r.Status = 404),
                 })
        {
            Assert.NotEqual(hash, AuditChain.HashOf(changed, AuditChain.Genesis));
        }
    }

    private static AuditRecord Record(Action<AuditRecord>? change = null)
    {
        var record = new AuditRecord
        {
            RecordId = Guid.Parse("0193a0c2-5e1f-7b2a-9c3d-4e5f60718293"),
            Service = "patients",
            Sequence = 7,
            At = new DateTimeOffset(2026, 12, 5, 9, 30, 0, TimeSpan.Zero).AddTicks(1230),
            UserId = Guid.Parse("11111111-2222-3333-4444-555555555555"),
            UserName = "Florence Nightingale",
            Role = "Staff",
            Client = "Web",
            Action = "Read",
            ResourceType = "Patient",
            ResourceId = "0f8fad5b-d9cb-469f-a165-70867728950e",
            PatientIds = [Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")],
            ClientIp = "203.0.113.9",
            Outcome = "Allowed",
            Status = 200,
            PreviousHash = AuditChain.Genesis,
            Hash = [],
        };
        change?.Invoke(record);
        return record;
    }
}
