using System.Globalization;

namespace Pms.Web.Components.Shared;

public static class Money
{
    public static string Format(decimal amount, string currency) => $"{amount.ToString("N2", CultureInfo.InvariantCulture)} {currency}";
}
