using System.Globalization;
using System.Text;

namespace Pms.Patients.Model;

/// <summary>The forms used to compare and search names, phones and emails: case, accents and punctuation do not matter.</summary>
public static class PatientNormalization
{
    public static string Name(string firstName, string lastName) => Text($"{firstName} {lastName}");

    /// <summary>Lower case, accents removed, whitespace collapsed: "  José  ÁLVAREZ " → "jose alvarez".</summary>
    public static string Text(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(character));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Digits only, keeping a leading plus: "+44 (20) 7946-0018" → "+442079460018".</summary>
    public static string? Phone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var digits = new string([.. value.Where(char.IsAsciiDigit)]);
        return value.TrimStart().StartsWith('+') ? "+" + digits : digits;
    }

    public static string? Email(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
}
