namespace Pms.Web.Gateway.Models;

public sealed record TotpSetup(string Secret, string OtpauthUri);
