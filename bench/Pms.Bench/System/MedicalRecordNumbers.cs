using System.Globalization;

namespace Pms.Bench.System;

/// <summary>Valid MRNs (<c>PMS-0000123-6</c>: sequence number and Luhn check digit) for patients seeded straight into the database.</summary>
public static class MedicalRecordNumbers
{
    public static string FromSequence(long sequence)
    {
        var digits = sequence.ToString("D7", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var index = 0; index < digits.Length; index++)
        {
            var digit = digits[digits.Length - 1 - index] - '0';
            if (index % 2 == 0)
            {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }

            sum += digit;
        }

        return $"PMS-{digits}-{(10 - sum % 10) % 10}";
    }
}
