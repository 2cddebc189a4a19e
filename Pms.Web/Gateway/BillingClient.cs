using Pms.Web.Gateway.Models;

namespace Pms.Web.Gateway;

public sealed class BillingClient(GatewayClient gateway)
{
    public Task<PagedResult<Bill>> ListBillsAsync(Guid? patientId, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<PagedResult<Bill>>(
            $"/api/billing/bills?page={page}&pageSize={pageSize}{(patientId is { } id ? $"&patientId={id}" : "")}", cancellationToken);

    public Task<Bill> GetBillAsync(Guid id, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<Bill>($"/api/billing/bills/{id}", cancellationToken);

    public Task<Bill> CreateBillAsync(NewBill bill, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Bill>("/api/billing/bills", bill, cancellationToken);

    /// <summary>The same <paramref name="idempotencyKey"/> twice takes the payment once, whatever happened to the first answer.</summary>
    public Task<Payment> PayAsync(Guid billId, NewPayment payment, string idempotencyKey, CancellationToken cancellationToken = default) =>
        gateway.PostOnceAsync<Payment>($"/api/billing/bills/{billId}/payments", payment, idempotencyKey, cancellationToken);

    /// <summary>Opens (or finds open) the payment provider's checkout; the browser pays there and comes back to <paramref name="returnUrl"/>.</summary>
    public Task<Checkout> StartCheckoutAsync(Guid billId, Uri returnUrl, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Checkout>($"/api/billing/bills/{billId}/checkout", new { returnUrl }, cancellationToken);

    public Task<Bill> VoidAsync(Guid billId, string reason, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Bill>($"/api/billing/bills/{billId}/void", new { reason }, cancellationToken);

    public Task<Refund> RefundAsync(Guid billId, decimal? amount, string reason, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Refund>($"/api/billing/bills/{billId}/refunds", new { amount, reason }, cancellationToken);

    public Task<IReadOnlyList<PriceItem>> GetCatalogAsync(CancellationToken cancellationToken = default) =>
        gateway.GetAsync<IReadOnlyList<PriceItem>>("/api/billing/catalog", cancellationToken);

    public Task<PriceItem> AddPriceItemAsync(PriceItem item, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<PriceItem>("/api/billing/catalog", item, cancellationToken);

    public Task<PriceItem> UpdatePriceItemAsync(PriceItem item, CancellationToken cancellationToken = default) =>
        gateway.PutAsync<PriceItem>($"/api/billing/catalog/{Uri.EscapeDataString(item.Code)}", item, cancellationToken);

    public Task<IReadOnlyList<Payer>> GetPayersAsync(CancellationToken cancellationToken = default) =>
        gateway.GetAsync<IReadOnlyList<Payer>>("/api/billing/payers", cancellationToken);

    public Task<Payer> AddPayerAsync(Payer payer, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Payer>("/api/billing/payers", payer, cancellationToken);

    public Task<Payer> UpdatePayerAsync(Payer payer, CancellationToken cancellationToken = default) =>
        gateway.PutAsync<Payer>($"/api/billing/payers/{Uri.EscapeDataString(payer.Code)}", payer, cancellationToken);

    public Task<IReadOnlyList<CoverageRule>> GetRulesAsync(string payerCode, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<IReadOnlyList<CoverageRule>>($"/api/billing/payers/{Uri.EscapeDataString(payerCode)}/rules", cancellationToken);

    public Task<CoverageRule> SetRuleAsync(string payerCode, string billType, CoverageRuleChange rule, CancellationToken cancellationToken = default) =>
        gateway.PutAsync<CoverageRule>($"/api/billing/payers/{Uri.EscapeDataString(payerCode)}/rules/{Uri.EscapeDataString(billType)}", rule, cancellationToken);

    public Task DeleteRuleAsync(string payerCode, string billType, CancellationToken cancellationToken = default) =>
        gateway.DeleteAsync($"/api/billing/payers/{Uri.EscapeDataString(payerCode)}/rules/{Uri.EscapeDataString(billType)}", cancellationToken);

    public Task<IReadOnlyList<Coverage>> GetCoveragesAsync(Guid patientId, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<IReadOnlyList<Coverage>>($"/api/billing/patients/{patientId}/coverages", cancellationToken);

    public Task<Coverage> AddCoverageAsync(Guid patientId, CoverageChange coverage, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Coverage>($"/api/billing/patients/{patientId}/coverages", coverage, cancellationToken);

    public Task<Coverage> ChangeCoverageAsync(Guid patientId, Guid coverageId, CoverageChange coverage, CancellationToken cancellationToken = default) =>
        gateway.PutAsync<Coverage>($"/api/billing/patients/{patientId}/coverages/{coverageId}", coverage, cancellationToken);

    public Task<IReadOnlyList<Claim>> GetClaimsAsync(string? status, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<IReadOnlyList<Claim>>($"/api/billing/claims{(status is null ? "" : $"?status={Uri.EscapeDataString(status)}")}", cancellationToken);

    public Task<Claim> SubmitClaimAsync(Guid claimId, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Claim>($"/api/billing/claims/{claimId}/submit", null, cancellationToken);

    public Task<Claim> RecordRemittanceAsync(Guid claimId, string reference, IReadOnlyList<RemittanceLine> lines, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Claim>($"/api/billing/claims/{claimId}/remittance", new { reference, lines }, cancellationToken);

    public Task<Claim> RecordDenialAsync(Guid claimId, string reason, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Claim>($"/api/billing/claims/{claimId}/denial", new { reason }, cancellationToken);

    public Task<RevenueReport> GetRevenueAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<RevenueReport>($"/api/billing/reports/revenue?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", cancellationToken);

    public Task<IReadOnlyList<PayerRevenueRow>> GetRevenueByPayerAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<IReadOnlyList<PayerRevenueRow>>($"/api/billing/reports/payers?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", cancellationToken);

    public Task<IReadOnlyList<AgedReceivableRow>> GetAgedReceivablesAsync(CancellationToken cancellationToken = default) =>
        gateway.GetAsync<IReadOnlyList<AgedReceivableRow>>("/api/billing/reports/aged-receivables", cancellationToken);

    public Task<IReadOnlyList<ClaimOutcomeRow>> GetClaimOutcomesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<IReadOnlyList<ClaimOutcomeRow>>($"/api/billing/reports/claims?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", cancellationToken);
}
