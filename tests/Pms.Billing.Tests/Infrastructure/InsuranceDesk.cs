using System.Net;
using System.Net.Http.Json;
using Pms.Billing.Dtos;
using Pms.Testing;

namespace Pms.Billing.Tests.Infrastructure;

/// <summary>Payers, their rules and patients' coverages, set up through the API as administrators and the desk do it.</summary>
public sealed class InsuranceDesk(BillingDesk desk)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static string CoveragesOf(Guid patientId) => $"/api/billing/patients/{patientId}/coverages";

    public static string NewCode() => $"P{Guid.NewGuid():N}"[..12].ToUpperInvariant();

    /// <summary>Gold PPO, member NW-123456, the patient holding the policy.</summary>
    public static CoverageRequest Coverage(string payerCode, DateOnly from, DateOnly? to, string priority = "Primary") =>
        new(payerCode, "Gold PPO", "NW-123456", null, from, to, priority, null, "Self");

    /// <summary>A new active payer; its code.</summary>
    public async Task<string> PayerAsync(string name)
    {
        var code = NewCode();
        using var response = await desk.Admin.PostAsJsonAsync("/api/billing/payers", new PayerRequest(code, name, true), Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    public async Task<CoverageDto> AddedAsync(Guid patientId, CoverageRequest request)
    {
        using var response = await desk.Staff.PostAsJsonAsync(CoveragesOf(patientId), request, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var coverage = (await response.Content.ReadFromJsonAsync<CoverageDto>(ServiceJson.Options, Cancellation))!;
        Assert.Equal($"{CoveragesOf(patientId)}/{coverage.Id}", response.Headers.Location?.OriginalString);
        return coverage;
    }

    public async Task RuleAsync(string payerCode, string billType, CoverageRuleRequest rule)
    {
        using var response = await desk.Admin.PutAsJsonAsync($"/api/billing/payers/{payerCode}/rules/{billType}", rule, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
