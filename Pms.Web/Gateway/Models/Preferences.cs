namespace Pms.Web.Gateway.Models;

public sealed record Preferences(bool Email, bool Sms);
