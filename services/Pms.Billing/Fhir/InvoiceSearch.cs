using Hl7.Fhir.Utility;
using Pms.Billing.Model;
using Pms.ServiceDefaults.Fhir;
using FhirModel = Hl7.Fhir.Model;

namespace Pms.Billing.Fhir;

/// <summary>FHIR's Invoice search parameters, each narrowing the bills by one value for <see cref="FhirSearch.Apply"/>.</summary>
public static class InvoiceSearch
{
    public static (IQueryable<Bill>? Bills, string? Error) Narrow(IQueryable<Bill> bills, string name, string value)
    {
        switch (name)
        {
            case "_id":
                // An id that is not a bill's matches nothing: an empty answer, not a wrong question.
                var ids = FhirSearchValues.AnyOf(value).Select(FhirSearchValues.Id).OfType<Guid>().ToList();
                return (bills.Where(bill => ids.Contains(bill.Id)), null);
            case "patient":
                var patientIds = FhirSearchValues.AnyOf(value).Select(patient => FhirSearchValues.Reference(patient, nameof(FhirModel.Patient))).ToList();
                return patientIds.Any(id => id is null)
                    ? (null, "patient must be a reference Patient/{id} or a patient's id.")
                    : (bills.Where(bill => patientIds.Contains(bill.PatientId)), null);
            case "status":
                var statuses = FhirSearchValues.AnyOf(value).Select(status => EnumUtility.ParseLiteral<FhirModel.Invoice.InvoiceStatus>(status)).ToList();
                if (statuses.Any(status => status is null))
                {
                    return (null, "status must be an Invoice status: issued, balanced, cancelled, draft or entered-in-error.");
                }

                var billStatuses = statuses.SelectMany(status => InvoiceResources.StatusesOf(status!.Value)).ToList();
                return (bills.Where(bill => billStatuses.Contains(bill.Status)), null);
            default:
                return (bills, null);
        }
    }
}
