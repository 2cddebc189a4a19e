using Pms.Billing.Dtos;
using Pms.Billing.Model;
using Pms.ServiceDefaults.Apis;

namespace Pms.Billing.Services;

/// <summary>Checks a coverage's own fields; whether its payer exists and whether it overlaps another is the coverages' to check.</summary>
public static class CoverageValidator
{
    public static Outcome<ValidCoverage> Validate(CoverageRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var payerCode = request.PayerCode?.Trim();
        if (!Codes.IsValid(payerCode))
        {
            errors["payerCode"] = ["The payer's code is required."];
        }

        var plan = Required(request.Plan, "plan", "The plan's name", 200, errors);
        var memberId = Required(request.MemberId, "memberId", "The member ID on the insurance card", 64, errors);
        var groupNumber = string.IsNullOrWhiteSpace(request.GroupNumber) ? null : request.GroupNumber.Trim();
        if (groupNumber is { Length: > 64 })
        {
            errors["groupNumber"] = ["The group number has at most 64 characters."];
        }

        if (request.ValidFrom is null)
        {
            errors["validFrom"] = ["The first day of the coverage is required."];
        }
        else if (request.ValidTo < request.ValidFrom)
        {
            errors["validTo"] = ["The last day of the coverage cannot come before its first."];
        }

        if (!EnumField.TryParse<CoveragePriority>(request.Priority, out var priority))
        {
            errors["priority"] = [EnumField.OneOf<CoveragePriority>("priority")];
        }

        var policyHolder = string.IsNullOrWhiteSpace(request.PolicyHolder) ? null : request.PolicyHolder.Trim();
        if (!EnumField.TryParse<PolicyHolderRelationship>(request.Relationship, out var relationship))
        {
            errors["relationship"] = [EnumField.OneOf<PolicyHolderRelationship>("relationship to the policy holder")];
        }
        else if (relationship == PolicyHolderRelationship.Self && policyHolder is not null)
        {
            errors["policyHolder"] = ["Leave the policy holder out when the patient holds the policy (relationship Self)."];
        }
        else if (relationship != PolicyHolderRelationship.Self && policyHolder is not { Length: <= 200 })
        {
            errors["policyHolder"] = ["The policy holder's name (up to 200 characters) is required when the patient does not hold the policy."];
        }

        return errors.Count == 0 && payerCode is not null && plan is not null && memberId is not null && request.ValidFrom is { } validFrom
            ? new ValidCoverage(payerCode.ToUpperInvariant(), plan, memberId, groupNumber, validFrom, request.ValidTo, priority, policyHolder, relationship)
            : new FieldErrors(errors);
    }

    private static string? Required(string? value, string field, string what, int maxLength, Dictionary<string, string[]> errors)
    {
        var trimmed = value?.Trim();
        if (trimmed is { Length: > 0 } && trimmed.Length <= maxLength)
        {
            return trimmed;
        }

        errors[field] = [$"{what} is required, up to {maxLength} characters."];
        return null;
    }
}
