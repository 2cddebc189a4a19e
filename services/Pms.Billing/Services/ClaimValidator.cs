using Pms.Billing.Dtos;
using Pms.Billing.Model;
using Pms.ServiceDefaults.Apis;

namespace Pms.Billing.Services;

/// <summary>Checks a remittance or a denial as sent; whether it fits the claim is the claim's to check.</summary>
public static class ClaimValidator
{
    private const int MostLines = 500;

    public static Outcome<(string Reference, IReadOnlyList<(int Position, decimal Paid, decimal Adjusted)> Lines)> ValidateRemittance(RemittanceRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var reference = request.Reference?.Trim();
        if (reference is not { Length: > 0 and <= 100 })
        {
            errors["reference"] = ["The insurer's reference for the remittance (up to 100 characters) is required."];
        }

        var lines = request.Lines ?? [];
        if (lines.Count is 0 or > MostLines)
        {
            errors["lines"] = [$"Name what the insurer paid of 1 to {MostLines} claim lines."];
        }

        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (line.Position is not > 0 || lines.Count(other => other.Position == line.Position) > 1)
            {
                errors[$"lines[{index}].position"] = ["Each line names a bill line's position, once."];
            }

            if (!IsAmount(line.Paid ?? -1))
            {
                errors[$"lines[{index}].paid"] = ["What the insurer paid is zero or more, in whole cents."];
            }

            if (!IsAmount(line.Adjusted ?? 0))
            {
                errors[$"lines[{index}].adjusted"] = ["What the insurer wrote off is zero or more, in whole cents."];
            }
        }

        return errors.Count == 0 && reference is not null
            ? (reference, [.. lines.Select(line => (line.Position!.Value, line.Paid!.Value, line.Adjusted ?? 0))])
            : new FieldErrors(errors);
    }

    public static Outcome<string> ValidateDenial(DenialRequest request) =>
        request.Reason?.Trim() is { Length: > 0 and <= 500 } reason
            ? reason
            : FieldErrors.Of("reason", "The insurer's reason for the denial (up to 500 characters) is required; the patient is told it.");

    private static bool IsAmount(decimal amount) => amount is >= 0 and <= 100_000_000 && Money.Round(amount) == amount;
}
