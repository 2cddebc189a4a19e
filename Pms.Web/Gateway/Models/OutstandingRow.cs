namespace Pms.Web.Gateway.Models;

public sealed record OutstandingRow(string BillType, string Currency, decimal Outstanding);
