using Pms.Billing.Dtos;
using Pms.ServiceDefaults.Apis;

namespace Pms.Billing.Services;

/// <summary>Checks a payer's fields; the code's uniqueness is the payer list's to check.</summary>
public static class PayerValidator
{
    /// <param name="requireCode">A new payer brings its code; a changed one is named by the route.</param>
    public static Outcome<ValidPayer> Validate(PayerRequest request, bool requireCode)
    {
        var errors = new Dictionary<string, string[]>();
        var code = request.Code?.Trim();
        if (requireCode && !Codes.IsValid(code))
        {
            errors["code"] = [Codes.Requirement];
        }

        var name = request.Name?.Trim();
        if (name is not { Length: > 0 and <= 200 })
        {
            errors["name"] = ["A name of 1 to 200 characters is required."];
        }

        return errors.Count == 0 && name is not null
            ? new ValidPayer(requireCode ? code?.ToUpperInvariant() : null, name, request.IsActive)
            : new FieldErrors(errors);
    }
}
