using Hl7.Fhir.Utility;
using Pms.Billing.Model;
using Pms.ServiceDefaults.Fhir;
using FhirModel = Hl7.Fhir.Model;

namespace Pms.Billing.Fhir;

/// <summary>
/// A FHIR search of invoices, read from its query; a parameter it does not know is refused. As in FHIR, values separated by commas are alternatives and a
/// parameter given twice must hold both times; an empty parameter is ignored. A null set does not filter, an empty
/// one finds nothing.
/// </summary>
public sealed record InvoiceSearch(
    IReadOnlyCollection<Guid>? Ids, IReadOnlyCollection<Guid>? PatientIds, IReadOnlyCollection<BillStatus>? Statuses, FhirPage Page)
{
    public const string IdParameter = "_id";
    public const string PatientParameter = "patient";
    public const string StatusParameter = "status";

    /// <returns>The search, or why the query cannot be one.</returns>
    public static (InvoiceSearch? Search, string? Error) From(IQueryCollection query)
    {
        var (page, pageError) = FhirPage.ForSearch(query, FhirModel.ResourceType.Invoice);
        if (page is null)
        {
            return (null, pageError);
        }

        var (ids, _) = Allowed(query, IdParameter, IdOf);
        var (patientIds, patientInvalid) = Allowed(query, PatientParameter, PatientIdOf);
        if (patientInvalid)
        {
            return (null, $"{PatientParameter} must be a reference Patient/{{id}} or a patient's id.");
        }

        var (statuses, statusInvalid) = Allowed(query, StatusParameter, StatusesOf);
        if (statusInvalid)
        {
            return (null, $"{StatusParameter} must be an Invoice status: issued, balanced, cancelled, draft or entered-in-error.");
        }

        return (new InvoiceSearch(ids, patientIds, statuses, page), null);
    }

    /// <summary>An id that is not a bill's matches nothing: an empty answer, not a wrong question.</summary>
    private static IEnumerable<Guid> IdOf(string value) => FhirSearchValues.Id(value) is { } id ? [id] : [];

    private static IEnumerable<Guid>? PatientIdOf(string value) => FhirSearchValues.Reference(value, nameof(FhirModel.Patient)) is { } id ? [id] : null;

    private static IEnumerable<BillStatus>? StatusesOf(string value) =>
        EnumUtility.ParseLiteral<FhirModel.Invoice.InvoiceStatus>(value) is { } status ? InvoiceResources.StatusesOf(status) : null;

    /// <param name="read">What one value allows, or null when it is not a value of the parameter.</param>
    /// <returns>What every occurrence of the parameter allows (null when it is absent), or whether a value could not be read.</returns>
    private static (IReadOnlyCollection<T>? Allowed, bool Invalid) Allowed<T>(IQueryCollection query, string name, Func<string, IEnumerable<T>?> read)
    {
        HashSet<T>? allowed = null;
        foreach (var occurrence in query[name].Where(occurrence => !string.IsNullOrEmpty(occurrence)))
        {
            var anyOf = new HashSet<T>();
            foreach (var value in occurrence!.Split(','))
            {
                if (read(value.Trim()) is not { } matches)
                {
                    return (null, true);
                }

                anyOf.UnionWith(matches);
            }

            if (allowed is null)
            {
                allowed = anyOf;
            }
            else
            {
                allowed.IntersectWith(anyOf);
            }
        }

        return (allowed, false);
    }
}
