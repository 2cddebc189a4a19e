using Pms.Contracts.Billing;
using Pms.ServiceDefaults.Apis;

namespace Pms.Billing.Services;

public static class FeeRequestRules
{
    /// <param name="registrationFeeCode">The catalog code billing charges for a registration.</param>
    public static Outcome<ValidFee> Validate(FeeRequest request, string? idempotencyKey, string registrationFeeCode)
    {
        var errors = new Dictionary<string, string[]>();
        IdempotencyKeyRule.Validate(errors, idempotencyKey);
        if (!Enum.IsDefined(request.Kind))
        {
            errors["kind"] = ["The kind is Registration or Consultation."];
        }

        if (request.Kind == FeeKind.Consultation && string.IsNullOrWhiteSpace(request.FeeCode))
        {
            errors["feeCode"] = ["A consultation fee needs the doctor's fee code."];
        }

        if (request.Kind == FeeKind.Registration && request.FeeCode is not null)
        {
            errors["feeCode"] = ["The registration fee's code is billing's to choose; send none."];
        }

        if (request.Patient is not { PatientId: var patientId, Mrn: var mrn, FirstName: var firstName, LastName: var lastName }
            || patientId == Guid.Empty || string.IsNullOrWhiteSpace(mrn) || string.IsNullOrWhiteSpace(firstName) || string.IsNullOrWhiteSpace(lastName))
        {
            errors["patient"] = ["The patient's id, MRN, first and last name are required."];
        }

        if (errors.Count > 0 || idempotencyKey is null)
        {
            return new FieldErrors(errors);
        }

        var feeCode = request.Kind == FeeKind.Registration ? registrationFeeCode : request.FeeCode?.Trim() ?? "";
        return new ValidFee(request.Kind, feeCode, request.Patient, idempotencyKey);
    }
}
