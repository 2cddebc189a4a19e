using Pms.Testing;
using System.Net;
using System.Net.Http.Json;
using Pms.Contracts;
using Pms.Patients.Tests.Infrastructure;

namespace Pms.Patients.Tests;

/// <summary>Every doctors, appointments and documents endpoint against every kind of caller.</summary>
public sealed class AuthorizationMatrixTests(PatientsApp app)
{
    private static readonly string[] Callers = ["Anonymous", PmsRoles.Patient, PmsRoles.Staff, PmsRoles.Doctor, PmsRoles.Admin, PmsRoles.Service];
    private static readonly string[] People = [PmsRoles.Patient, PmsRoles.Staff, PmsRoles.Doctor, PmsRoles.Admin];

    public static TheoryData<string, string, string, string> Matrix()
    {
        // "ok" means the caller passed authorization (any status but 401/403). {id} names nobody's
        // record, so a doctor passes the "that doctor" rules only for their own id (tested elsewhere).
        var rows = new (string Method, string Path, string[] AllowedCallers)[]
        {
            ("POST", "/api/doctors", [PmsRoles.Staff, PmsRoles.Admin]),
            ("GET", "/api/doctors", People),
            ("GET", "/api/doctors/{id}", People),
            ("PUT", "/api/doctors/{id}/availability", [PmsRoles.Staff, PmsRoles.Admin]),
            ("GET", "/api/doctors/{id}/exceptions", [PmsRoles.Staff, PmsRoles.Admin]),
            ("POST", "/api/doctors/{id}/exceptions", [PmsRoles.Staff, PmsRoles.Admin]),
            ("DELETE", "/api/doctors/{id}/exceptions/{id}", [PmsRoles.Staff, PmsRoles.Admin]),
            ("GET", "/api/doctors/{id}/slots?date=2030-01-07", People),
            ("POST", "/api/appointments", [PmsRoles.Patient, PmsRoles.Staff, PmsRoles.Admin]),
            ("GET", "/api/appointments", People),
            ("GET", "/api/appointments/{id}", People),
            ("POST", "/api/appointments/{id}/cancel", [PmsRoles.Patient, PmsRoles.Staff, PmsRoles.Admin]),
            ("POST", "/api/appointments/{id}/reschedule", [PmsRoles.Patient, PmsRoles.Staff, PmsRoles.Admin]),
            ("POST", "/api/appointments/{id}/complete", [PmsRoles.Doctor, PmsRoles.Staff, PmsRoles.Admin]),
            ("POST", "/api/appointments/{id}/no-show", [PmsRoles.Doctor, PmsRoles.Staff, PmsRoles.Admin]),
            ("POST", "/api/patients/{id}/documents", People),
            ("GET", "/api/patients/{id}/documents", People),
            ("GET", "/api/patients/{id}/documents/{id}", People),
            ("GET", "/api/patients/{id}/documents/{id}/content", People),
            ("DELETE", "/api/patients/{id}/documents/{id}", People),
            ("GET", "/api/patients/{id}/documents/{id}/accesses", [PmsRoles.Staff, PmsRoles.Admin]),
        };
        var data = new TheoryData<string, string, string, string>();
        foreach (var (method, path, allowedCallers) in rows)
        {
            foreach (var caller in Callers)
            {
                data.Add(method, path, caller, caller == "Anonymous" ? "401" : allowedCallers.Contains(caller) ? "ok" : "403");
            }
        }

        return data;
    }

    [TimedTheory]
    [MemberData(nameof(Matrix))]
    public async Task OnlyTheRightCallersPassAuthorization(string method, string path, string caller, string expected)
    {
        using var client = caller == "Anonymous" ? app.CreateClient() : app.ClientFor(Guid.NewGuid(), caller);
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal));
        if (path.EndsWith("/documents", StringComparison.Ordinal) && method == "POST")
        {
            // The upload endpoint accepts only forms; routing answers anything else 415 before authorization.
            request.Content = new MultipartFormDataContent { { new StringContent("Matrix"), "title" } };
        }
        else if (method is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(new { reason = "Matrix" });
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        switch (expected)
        {
            case "401":
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                break;
            case "403":
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                break;
            default:
                Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden),
                    $"{caller} got {(int)response.StatusCode} from {method} {path}.");
                break;
        }
    }
}
