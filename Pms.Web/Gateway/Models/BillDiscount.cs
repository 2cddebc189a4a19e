namespace Pms.Web.Gateway.Models;

public sealed record BillDiscount(decimal? Amount, decimal? Percent, string Reason);
