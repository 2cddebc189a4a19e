namespace Pms.Web.Gateway.Models;

public sealed record NewPayment(decimal Amount, string Method, string? Reference);
