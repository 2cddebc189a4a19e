using Pms.Billing.Dtos;
using Pms.Billing.Model;
using Pms.ServiceDefaults.Apis;

namespace Pms.Billing.Services;

/// <summary>Checks the input of payments, voids and refunds; what the bill allows is the bill's to say.</summary>
public static class BillChangeValidator
{
    private static readonly string[] DeskMethods = [.. Enum.GetNames<PaymentMethod>().Where(name => name != nameof(PaymentMethod.Online))];

    public static Outcome<ValidPayment> ValidatePayment(PaymentRequest request, string? idempotencyKey)
    {
        var errors = new Dictionary<string, string[]>();
        IdempotencyKeyRule.Validate(errors, idempotencyKey);
        var method = DeskMethods.FirstOrDefault(name => string.Equals(name, request.Method?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (method is null)
        {
            errors["method"] = string.Equals(request.Method?.Trim(), nameof(PaymentMethod.Online), StringComparison.OrdinalIgnoreCase)
                ? ["Online payments are taken by the payment provider's checkout, never recorded by hand."]
                : [$"The method must be one of {string.Join(", ", DeskMethods)}."];
        }

        if (request.Amount is null)
        {
            errors["amount"] = ["The amount is required."];
        }

        if (request.Reference is { Length: > 100 })
        {
            errors["reference"] = ["The reference has at most 100 characters."];
        }

        return errors.Count == 0 && idempotencyKey is not null && method is not null && request.Amount is { } amount
            ? new ValidPayment(amount, Enum.Parse<PaymentMethod>(method), request.Reference?.Trim(), idempotencyKey)
            : new FieldErrors(errors);
    }

    /// <summary>A blank reason is none.</summary>
    public static Outcome<string?> ValidateVoidReason(string? reason)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        return reason is { Length: > 500 } ? FieldErrors.Of("reason", "A reason has at most 500 characters.") : new Outcome<string?>.Done(reason);
    }

    public static Outcome<ValidRefund> ValidateRefund(RefundRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Amount is null)
        {
            errors["amount"] = ["The amount is required."];
        }

        var reason = request.Reason?.Trim();
        if (reason is not { Length: > 0 and <= 500 })
        {
            errors["reason"] = ["A reason of 1 to 500 characters is required."];
        }

        return errors.Count == 0 && request.Amount is { } amount && reason is not null
            ? new ValidRefund(amount, reason, request.PaymentId)
            : new FieldErrors(errors);
    }
}
