using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Pms.Contracts.Billing;

namespace Pms.Patients.Tests.Infrastructure;

/// <summary>
/// billing-service's fee endpoint as patient-service sees them: one bill per Idempotency-Key,
/// 503 for the keys a test has taken down, and an unexpected exception for the keys it has broken.
/// </summary>
public sealed class FakeBilling : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, FeeCharged> _bills = new();
    private readonly ConcurrentDictionary<string, TimeSpan?> _down = new();
    private readonly ConcurrentDictionary<string, bool> _broken = new();
    private readonly ConcurrentDictionary<string, bool> _coveredInFull = new();
    private readonly ConcurrentQueue<Charge> _charges = new();

    /// <summary>One call as billing saw it; <see cref="Answer"/> is null for a call that failed unexpectedly.</summary>
    public sealed record Charge(string Path, string IdempotencyKey, FeeRequest? Fee, HttpStatusCode? Answer);

    /// <param name="retryAfter">The wait billing asks for in <c>Retry-After</c>, as it does while its database restarts.</param>
    public void TakeDown(string idempotencyKey, TimeSpan? retryAfter = null) => _down[idempotencyKey] = retryAfter;

    /// <summary>For a patient whose key is not known before they register: every fee of patients with this last name fails.</summary>
    public void TakeDownPatientsNamed(string lastName) => _down[lastName] = null;

    public void BringBackPatientsNamed(string lastName) => _down.TryRemove(lastName, out _);

    public void BringBack(string idempotencyKey)
    {
        _down.TryRemove(idempotencyKey, out _);
        _broken.TryRemove(idempotencyKey, out _);
    }

    /// <summary>Calls with this key fail in a way no one planned for (not a network error, not an HTTP status).</summary>
    public void Break(string idempotencyKey) => _broken[idempotencyKey] = true;

    /// <summary>The patient's insurer pays this fee's whole bill: the patient owes nothing on it.</summary>
    public void CoverInFull(string idempotencyKey) => _coveredInFull[idempotencyKey] = true;

    public IReadOnlyList<Charge> ChargesWith(string idempotencyKey) => [.. _charges.Where(charge => charge.IdempotencyKey == idempotencyKey)];

    public FeeCharged? BillFor(string idempotencyKey) => _bills.GetValueOrDefault(idempotencyKey);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var key = request.Headers.GetValues(BillingRoutes.IdempotencyKeyHeader).Single();
        if (_broken.ContainsKey(key))
        {
            _charges.Enqueue(new Charge(path, key, null, null));
            throw new InvalidOperationException("An unexpected failure inside the call to billing.");
        }

        // Read as text: the client's resilience handler sends the same content again on a retry.
        var fee = JsonSerializer.Deserialize<FeeRequest>(await request.Content!.ReadAsStringAsync(cancellationToken), JsonSerializerOptions.Web);
        if (_down.TryGetValue(key, out var retryAfter) || _down.TryGetValue(fee!.Patient.LastName, out retryAfter))
        {
            _charges.Enqueue(new Charge(path, key, null, HttpStatusCode.ServiceUnavailable));
            var unavailable = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            unavailable.Headers.RetryAfter = retryAfter is { } wait ? new RetryConditionHeaderValue(wait) : null;
            return unavailable;
        }

        // Only the call whose bill was stored created it: under contention GetOrAdd may build several candidates.
        var candidate = new FeeCharged(Guid.NewGuid(), $"INV-TEST-{_bills.Count + 1:D6}", 40.00m, "USD", _coveredInFull.ContainsKey(key) ? 0m : 40.00m);
        var bill = _bills.GetOrAdd(key, candidate);
        var answer = ReferenceEquals(bill, candidate) ? HttpStatusCode.Created : HttpStatusCode.OK;
        _charges.Enqueue(new Charge(path, key, fee, answer));
        return new HttpResponseMessage(answer) { Content = JsonContent.Create(bill) };
    }
}
