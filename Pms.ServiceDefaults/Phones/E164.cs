using PhoneNumbers;

namespace Pms.ServiceDefaults.Phones;

/// <summary>
/// Phone numbers as PMS stores them and SMS providers take them: E.164 (<c>+447700900123</c>). A number typed without
/// its country code is read as a number of the default region (<see cref="PhoneOptions"/>).
/// </summary>
public static class E164
{
    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    /// <returns>The number in E.164, or null when it cannot be a phone number.</returns>
    /// <remarks>
    /// The number need only have a possible length for its country: whether it is in service is the
    /// provider's answer, since libphonenumber's numbering plans lag new ranges (and call reserved
    /// ranges such as +44 7700 900xxx invalid).
    /// </remarks>
    public static string? From(string? number, string defaultRegion)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }

        try
        {
            var parsed = Numbers.Parse(number, defaultRegion.ToUpperInvariant());
            // A number that is possible only within its local area (no area code) cannot be dialled from a provider.
            return Numbers.IsPossibleNumberWithReason(parsed) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE
                ? Numbers.Format(parsed, PhoneNumberFormat.E164)
                : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>For people to read: <c>+44 20 7946 0018</c>; what is not E.164 is shown as stored.</summary>
    public static string Display(string number)
    {
        try
        {
            return Numbers.Format(Numbers.Parse(number, null), PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            return number;
        }
    }

    /// <summary>Whether numbers can be read as numbers of this region (an ISO 3166 code such as <c>US</c>).</summary>
    public static bool IsRegion(string region) => Numbers.GetSupportedRegions().Contains(region.ToUpperInvariant());
}
