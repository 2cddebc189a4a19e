using PhoneNumbers;

namespace Pms.Notifications.Sending;

/// <summary>
/// Phone numbers as SMS providers take them: E.164 (<c>+447700900123</c>). A number typed without its
/// country code is read as a number of the default region.
/// </summary>
public static class SmsNumbers
{
    /// <returns>The number in E.164, or null when it cannot be a phone number.</returns>
    public static string? ToE164(string number, string defaultRegion)
    {
        var numbers = PhoneNumberUtil.GetInstance();
        try
        {
            var parsed = numbers.Parse(number, defaultRegion);
            // A number that is possible only within its local area (no area code) cannot be dialled from a provider.
            return numbers.IsPossibleNumberWithReason(parsed) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE
                ? numbers.Format(parsed, PhoneNumberFormat.E164)
                : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
