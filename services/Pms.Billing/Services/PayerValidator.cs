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
        var (code, name) = Codes.CodeAndName(request.Code, request.Name, requireCode, errors);

        return errors.Count == 0 && name is not null
            ? new ValidPayer(code, name, request.IsActive)
            : new FieldErrors(errors);
    }
}
