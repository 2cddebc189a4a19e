namespace Pms.Billing.Dtos;

/// <summary>Where the provider sends the browser back after paying; the web front end's address when absent.</summary>
public sealed record StartCheckoutRequest(string? ReturnUrl);
