using Pms.Web.Gateway.Models;

namespace Pms.Web.Gateway;

public sealed class AuditClient(GatewayClient gateway)
{
    public Task<PagedResult<AuditEntry>> SearchAsync(AuditQuery query, int page, int pageSize, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<PagedResult<AuditEntry>>($"/api/audit?{query.ToQueryString()}&page={page}&pageSize={pageSize}", cancellationToken);

    public Task<AccessHistory> MyHistoryAsync(CancellationToken cancellationToken = default) =>
        gateway.GetAsync<AccessHistory>("/api/audit/me", cancellationToken);

    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default) =>
        gateway.GetAsync<AuditVerification>("/api/audit/verify", cancellationToken);
}
