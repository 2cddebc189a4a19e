namespace Pms.Web.Gateway.Models;

public sealed record AuditVerification(bool Ok, long Checked, DateTimeOffset? FirstBrokenAt);
