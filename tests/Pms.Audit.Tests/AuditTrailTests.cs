using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Pms.Contracts.Audit;
using Pms.ServiceDefaults.Audit;

namespace Pms.Audit.Tests;

public sealed class AuditTrailTests
{
    private static readonly Guid Patient = Guid.NewGuid();

    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 6, 9, 30, 15, 123, TimeSpan.Zero).AddTicks(4567));

    [Fact]
    public void ARecordNamesTheCallerTheWebAndTheAddressAndARefusalByOwnershipIsDenied()
    {
        var userId = Guid.NewGuid();
        var context = Context(new Claim("sub", userId.ToString()), new Claim("given_name", "Florence"), new Claim("family_name", "Nightingale"),
            new Claim("email", "florence@example.org"), new Claim("role", "Staff"));
        context.Request.Headers[AuditClients.Header] = "web";
        var trail = Trail(context);

        trail.Record(AuditActions.Read, AuditResources.Patient, Patient, Patient);
        var record = Assert.Single(trail.Take(StatusCodes.Status404NotFound));

        Assert.Equal((userId, "Florence Nightingale", "florence@example.org", "Staff"), (record.UserId!.Value, record.UserName, record.UserEmail, record.Role));
        Assert.Equal((AuditClients.Web, "203.0.113.9", AuditOutcomes.Denied, 404), (record.Client, record.ClientIp, record.Outcome, record.Status));
        Assert.Equal(("patients", Patient.ToString()), (record.Service, record.ResourceId));
        Assert.Equal([Patient], record.PatientIds);
        Assert.Equal(AuditTime.Truncate(Clock.GetUtcNow()), record.OccurredAt);
        Assert.False(trail.HasPending);
    }

    [Fact]
    public void AnotherServiceIsNamedAsAServiceAndAnAnonymousSignInByTheAccountItNames()
    {
        var service = Trail(Context(new Claim("sub", "service:billing")));
        service.Record(AuditActions.Search, AuditResources.Patient, null, [Patient, Patient]);
        var byService = Assert.Single(service.Take(StatusCodes.Status200OK));
        Assert.Equal((AuditClients.Service, AuditClients.Service, "service:billing", AuditOutcomes.Allowed), (byService.Client, byService.Role, byService.UserName, byService.Outcome));
        Assert.Equal([Patient], byService.PatientIds);

        var account = Guid.NewGuid();
        var anonymous = Trail(Context());
        anonymous.Record(AuditActions.LoginFailed, AuditResources.Account, account.ToString(), [], new AuditActor(account, null, "mary@example.org", null));
        var signIn = Assert.Single(anonymous.Take(StatusCodes.Status401Unauthorized));
        Assert.Equal((account, "mary@example.org", AuditClients.Api, AuditOutcomes.Denied), (signIn.UserId!.Value, signIn.UserEmail, signIn.Client, signIn.Outcome));
    }

    private static AuditTrail Trail(HttpContext context) => new(new HttpContextAccessor { HttpContext = context }, new AuditSource("patients"), Clock);

    private static DefaultHttpContext Context(params Claim[] claims)
    {
        var context = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(claims.Length == 0 ? new ClaimsIdentity() : new ClaimsIdentity(claims, "Bearer", "sub", "role")),
        };
        context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse("203.0.113.9");
        return context;
    }
}
