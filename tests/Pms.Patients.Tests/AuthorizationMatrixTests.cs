using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Pms.Contracts;
using Pms.Patients.Dtos;
using Pms.Patients.Tests.Infrastructure;
using Pms.Testing;

namespace Pms.Patients.Tests;

/// <summary>
/// Every doctors, appointments and documents endpoint against every kind of caller, with the exact answer
/// each one gets. Each case has its own clinic: the doctor caller is the clinic's doctor, the patient caller
/// owns the record, the appointment and the report the paths name, and waits in the queue as a walk-in (the appointment has not started,
/// so completing it or marking a no-show is refused). Changes carry an empty body, so a caller
/// who passes authorization meets validation and nothing is stored; deletions act on the case's own data.
/// </summary>
public sealed class AuthorizationMatrixTests(PatientsApp app)
{
    private const string Anonymous = "Anonymous";
    private static readonly string[] Callers = [Anonymous, PmsRoles.Patient, PmsRoles.Staff, PmsRoles.Doctor, PmsRoles.Admin, PmsRoles.Service];
    private static readonly string[] People = [PmsRoles.Patient, PmsRoles.Staff, PmsRoles.Doctor, PmsRoles.Admin];
    private static readonly string[] Desk = [PmsRoles.Staff, PmsRoles.Admin];
    private static readonly string[] Workforce = [PmsRoles.Staff, PmsRoles.Doctor, PmsRoles.Admin];

    private sealed record Row(string Method, string Path, string[] AllowedCallers, HttpStatusCode Answer, Dictionary<string, HttpStatusCode>? Exceptions = null);

    private static readonly Row[] Rows =
    [
        new("POST", "/api/doctors", Desk, HttpStatusCode.BadRequest),
        new("GET", "/api/doctors", People, HttpStatusCode.OK),
        new("GET", "/api/doctors/{doctor}", People, HttpStatusCode.OK),
        new("PUT", "/api/doctors/{doctor}/availability", [.. Desk, PmsRoles.Doctor], HttpStatusCode.BadRequest),
        new("GET", "/api/doctors/{doctor}/exceptions", [.. Desk, PmsRoles.Doctor], HttpStatusCode.OK),
        new("POST", "/api/doctors/{doctor}/exceptions", [.. Desk, PmsRoles.Doctor], HttpStatusCode.BadRequest),
        new("DELETE", "/api/doctors/{doctor}/exceptions/{exception}", [.. Desk, PmsRoles.Doctor], HttpStatusCode.NoContent),
        new("GET", "/api/doctors/{doctor}/slots?date={day}", People, HttpStatusCode.OK),
        new("POST", "/api/appointments", [PmsRoles.Patient, .. Desk], HttpStatusCode.BadRequest),
        new("GET", "/api/appointments", People, HttpStatusCode.OK),
        new("GET", "/api/appointments/{appointment}", People, HttpStatusCode.OK),
        new("POST", "/api/appointments/{appointment}/cancel", [PmsRoles.Patient, .. Desk], HttpStatusCode.BadRequest),
        new("POST", "/api/appointments/{appointment}/reschedule", [PmsRoles.Patient, .. Desk], HttpStatusCode.BadRequest),
        new("POST", "/api/appointments/{appointment}/complete", [PmsRoles.Doctor, .. Desk], HttpStatusCode.UnprocessableEntity),
        new("POST", "/api/appointments/{appointment}/no-show", [PmsRoles.Doctor, .. Desk], HttpStatusCode.UnprocessableEntity),
        new("GET", "/api/visits", Workforce, HttpStatusCode.OK),
        new("POST", "/api/visits", Desk, HttpStatusCode.BadRequest),
        new("POST", "/api/visits/doctors/{doctor}/call-next", Workforce, HttpStatusCode.OK),
        new("POST", "/api/visits/{visit}/complete", Workforce, HttpStatusCode.OK),
        new("POST", "/api/visits/{visit}/close", Desk, HttpStatusCode.OK),
        new("POST", "/api/patients/{patient}/documents", People, HttpStatusCode.BadRequest),
        new("GET", "/api/patients/{patient}/documents", People, HttpStatusCode.OK),
        new("GET", "/api/patients/{patient}/documents/{document}", People, HttpStatusCode.OK),
        new("GET", "/api/patients/{patient}/documents/{document}/content", People, HttpStatusCode.OK),
        // A doctor reaches a patient's reports but deletes only those they uploaded.
        new("DELETE", "/api/patients/{patient}/documents/{document}", People, HttpStatusCode.NoContent, new() { [PmsRoles.Doctor] = HttpStatusCode.Forbidden }),
        new("GET", "/api/patients/{patient}/documents/{document}/accesses", Desk, HttpStatusCode.OK),
    ];

    public static TheoryData<string, string, string, int> Matrix()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var row in Rows)
        {
            foreach (var caller in Callers)
            {
                var expected = caller == Anonymous ? HttpStatusCode.Unauthorized
                    : !row.AllowedCallers.Contains(caller) ? HttpStatusCode.Forbidden
                    : row.Exceptions is { } exceptions && exceptions.TryGetValue(caller, out var answer) ? answer
                    : row.Answer;
                data.Add(row.Method, row.Path, caller, (int)expected);
            }
        }

        return data;
    }

    [TimedTheory]
    [MemberData(nameof(Matrix))]
    public async Task EachCallerGetsExactlyItsAnswer(string method, string path, string caller, int expected)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var clinic = await new Clinic(app).OpenAsync();
        var (patientId, patient) = await clinic.PatientAsync();
        var appointment = await clinic.BookedAsync(patient, Clinic.At(Clinic.FutureDay, 9));
        using var exception = await clinic.Staff.PostAsJsonAsync($"/api/doctors/{clinic.DoctorId}/exceptions",
            new AvailabilityExceptionRequest(Clinic.FutureDay.AddDays(1), Clinic.FutureDay.AddDays(1), null, null, "Conference"), cancellationToken);
        Assert.Equal(HttpStatusCode.Created, exception.StatusCode);
        var exceptionId = (await exception.Content.ReadFromJsonAsync<AvailabilityExceptionDto>(ServiceJson.Options, cancellationToken))!.Id;
        using var upload = await patient.PostAsync($"/api/patients/{patientId}/documents", ReportForm(), cancellationToken);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var documentId = (await upload.Content.ReadFromJsonAsync<DocumentDto>(ServiceJson.Options, cancellationToken))!.Id;
        var visit = await clinic.WalkInAsync(patientId);

        using var client = caller switch
        {
            Anonymous => app.CreateClient(),
            PmsRoles.Patient => patient,
            PmsRoles.Doctor => clinic.Doctor,
            _ => app.ClientFor(Guid.NewGuid(), caller),
        };
        var url = path
            .Replace("{doctor}", clinic.DoctorId.ToString(), StringComparison.Ordinal)
            .Replace("{exception}", exceptionId.ToString(), StringComparison.Ordinal)
            .Replace("{appointment}", appointment.Id.ToString(), StringComparison.Ordinal)
            .Replace("{patient}", patientId.ToString(), StringComparison.Ordinal)
            .Replace("{document}", documentId.ToString(), StringComparison.Ordinal)
            .Replace("{visit}", visit.Id.ToString(), StringComparison.Ordinal)
            .Replace("{day}", Clinic.FutureDay.ToString("yyyy-MM-dd"), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (path.EndsWith("/documents", StringComparison.Ordinal) && method == "POST")
        {
            // The upload endpoint reads only forms: a form without its file is the empty body here.
            request.Content = new MultipartFormDataContent { { new StringContent("Matrix"), "title" } };
        }
        else if (method is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(new { });
        }

        using var response = await client.SendAsync(request, cancellationToken);

        Assert.True((int)response.StatusCode == expected,
            $"{caller} got {(int)response.StatusCode} from {method} {path}, expected {expected}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
    }

    private static MultipartFormDataContent ReportForm()
    {
        var file = new ByteArrayContent("%PDF-1.7\nmatrix"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent
        {
            { new StringContent("Full blood count"), "title" },
            { new StringContent("LabResult"), "kind" },
            { new StringContent("2026-11-02"), "documentDate" },
            { file, "file", "report.pdf" },
        };
    }
}
