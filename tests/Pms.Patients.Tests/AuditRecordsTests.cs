using Pms.Testing;
using System.Net;
using Pms.Contracts;
using Pms.Contracts.Audit;
using Pms.Patients.Tests.Infrastructure;

namespace Pms.Patients.Tests;

/// <summary>Reads arriving together share one outbox commit for their audit records, and none of their records is lost.</summary>
public sealed class AuditRecordsTests(PatientsApp app)
{
    [TimedFact]
    public async Task EveryOneOfManyConcurrentReadsLeavesItsOwnAuditRecordOnTheAuditTopic()
    {
        var clinic = new Clinic(app);
        var patients = new List<Guid>();
        for (var index = 0; index < 5; index++)
        {
            patients.Add((await clinic.PatientAsync()).PatientId);
        }

        var reads = patients.SelectMany(patient => Enumerable.Repeat(patient, 8)).ToList();
        var session = await app.TrackAsync(() => Task.WhenAll(reads.Select(patient => ReadAsync(clinic.Staff, patient))));

        var recorded = session.Sent.Envelopes()
            .Where(envelope => envelope.Message is AuditRecorded { Action: AuditActions.Read, PatientIds: [var patient] } && patients.Contains(patient))
            .ToList();
        Assert.Equal(reads.Count, recorded.Count);
        Assert.All(recorded, envelope => Assert.Equal($"kafka://topic/{Topics.Audit}", envelope.Destination?.ToString()));
        Assert.Equal(reads.Count, recorded.Select(envelope => ((AuditRecorded)envelope.Message!).EventId).Distinct().Count());
        Assert.All(patients, patient => Assert.Equal(8, recorded.Count(envelope => ((AuditRecorded)envelope.Message!).PatientIds.Single() == patient)));
    }

    private static async Task ReadAsync(HttpClient staff, Guid patient)
    {
        using var response = await staff.GetAsync(new Uri($"/api/patients/{patient}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
