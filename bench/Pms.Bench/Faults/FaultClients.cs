using System.Net.Http.Headers;
using Pms.Bench.System;

namespace Pms.Bench.Faults;

/// <summary>
/// The clients of a fault run, through the gateway: anyone (self-registration) and a signed-in staff member whose
/// token is renewed between faults, as a desk's session would be.
/// </summary>
public sealed class FaultClients(Uri gateway, Accounts accounts, string staffEmail) : IDisposable
{
    private static readonly TimeSpan TokenReuse = TimeSpan.FromMinutes(10);

    private volatile string? _staffToken;
    private DateTimeOffset _signedInAt;

    public HttpClient Gateway { get; } = LoadClient.For(gateway);

    public string StaffToken => _staffToken ?? throw new InvalidOperationException("The staff member has not signed in yet.");

    public HttpRequestMessage AsStaff(HttpRequestMessage request)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _staffToken);
        return request;
    }

    /// <summary>Signs the staff member in again when the token is old; call it while no fault is in force.</summary>
    public async Task RenewStaffTokenAsync(CancellationToken cancellationToken)
    {
        if (_staffToken is null || DateTimeOffset.UtcNow - _signedInAt > TokenReuse)
        {
            _staffToken = await accounts.LoginAsync(staffEmail, Accounts.Password, cancellationToken);
            _signedInAt = DateTimeOffset.UtcNow;
        }
    }

    public void Dispose() => Gateway.Dispose();
}
