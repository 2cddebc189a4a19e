namespace Pms.PaymentSandbox.Checkouts;

/// <summary>Stripe's test cards: what paying with each one does.</summary>
public static class TestCards
{
    public const string Succeeds = "4242424242424242";
    public const string Declined = "4000000000000002";
    public const string InsufficientFunds = "4000000000009995";

    public static PaymentOutcome Outcome(string? cardNumber)
    {
        var digits = new string([.. (cardNumber ?? "").Where(character => !char.IsWhiteSpace(character) && character != '-')]);
        return digits switch
        {
            Succeeds => PaymentOutcome.Succeeded,
            Declined => PaymentOutcome.Declined,
            InsufficientFunds => PaymentOutcome.InsufficientFunds,
            _ when digits.Length is < 12 or > 19 || !digits.All(char.IsAsciiDigit) || !PassesLuhn(digits) => PaymentOutcome.IncorrectNumber,
            _ => PaymentOutcome.Declined,
        };
    }

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var index = 0; index < digits.Length; index++)
        {
            var digit = digits[digits.Length - 1 - index] - '0';
            if (index % 2 == 1)
            {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}

public enum PaymentOutcome
{
    Succeeded,
    Declined,
    InsufficientFunds,
    IncorrectNumber,
    Expired,
    AlreadyPaid,
}
