using System.Globalization;
using System.Text.RegularExpressions;

namespace Pms.Web.Components.Forms;

/// <summary>
/// An amount of money as the person types it, in their culture's way of writing numbers. Anything it would otherwise
/// have to guess at is refused with the reason: a group separator out of place (<c>12,50</c> in en-US is not 1,250),
/// more than two decimals, a sign. A numeric input that drops what it cannot place and clamps to a minimum turned
/// such typos silently into other amounts.
/// </summary>
public static class AmountText
{
    /// <summary>Room for a billion with its separators and cents; anything longer is no amount a hospital takes.</summary>
    private const int MaximumLength = 20;

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    public static string Write(decimal? amount) => amount?.ToString("0.00", Culture) ?? "";

    /// <summary>The amount, or null when the text is empty or not an amount.</summary>
    public static decimal? Read(string? text) => TryRead(text, out var amount) is null ? amount : null;

    /// <summary>Null when the text is an amount (or empty), else what is wrong with it.</summary>
    public static string? Problem(string? text) => TryRead(text, out _);

    private static string? TryRead(string? text, out decimal? amount)
    {
        amount = null;
        var trimmed = Spaces(text?.Trim());
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        var format = Culture.NumberFormat;
        if (trimmed.StartsWith('-') || trimmed.StartsWith(format.NegativeSign, StringComparison.Ordinal))
        {
            return "An amount cannot be negative.";
        }

        var groups = Spaces(format.NumberGroupSeparator);
        var pattern = $@"^([0-9]+|[0-9]{{1,3}}({Regex.Escape(groups)}[0-9]{{3}})+)({Regex.Escape(format.NumberDecimalSeparator)}[0-9]+)?$";
        if (trimmed.Length > MaximumLength || !Regex.IsMatch(trimmed, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            || !decimal.TryParse(trimmed.Replace(groups, "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, Culture, out var value))
        {
            return $"Write the amount like {1234.5m.ToString("#,##0.00", Culture)}.";
        }

        if (value != Math.Round(value, 2))
        {
            return "An amount has at most two decimals.";
        }

        amount = value;
        return null;
    }

    /// <summary>Cultures that group digits with a (narrow) no-break space accept a plain one.</summary>
    private static string Spaces(string? text) => (text ?? "").Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
