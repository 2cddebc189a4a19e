namespace Pms.Patients.Model;

/// <summary>
/// Medical record numbers look like <c>PMS-0000123-6</c>: a never-reused sequence number and a
/// Luhn check digit, so a mistyped digit or a swap of neighbours is caught at the desk.
/// </summary>
public static class MedicalRecordNumber
{
    private const string Prefix = "PMS-";
    private const int Digits = 7;

    public static string FromSequence(long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        var number = sequence.ToString($"D{Digits}", System.Globalization.CultureInfo.InvariantCulture);
        return $"{Prefix}{number}-{CheckDigit(number)}";
    }

    public static bool IsValid(string? value)
    {
        if (value is null || !value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var parts = value[Prefix.Length..].Split('-');
        return parts is [var number, [var check]]
            && number.Length >= Digits
            && number.All(char.IsAsciiDigit)
            && char.IsAsciiDigit(check)
            && CheckDigit(number) == check - '0';
    }

    private static int CheckDigit(string digits)
    {
        var sum = 0;
        for (var index = 0; index < digits.Length; index++)
        {
            var digit = digits[digits.Length - 1 - index] - '0';
            if (index % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (10 - (sum % 10)) % 10;
    }
}
