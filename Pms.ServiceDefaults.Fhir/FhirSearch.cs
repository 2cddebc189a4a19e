using Microsoft.AspNetCore.Http;

namespace Pms.ServiceDefaults.Fhir;

/// <summary>Narrows a query by every search parameter of a request, as FHIR combines them: all must match.</summary>
public static class FhirSearch
{
    /// <param name="narrow">Narrows by one parameter's value (paging parameters included, to be passed over), or says why the value is not one it takes.</param>
    public static (IQueryable<T>? Matches, string? Error) Apply<T>(
        IQueryable<T> source, IQueryCollection query, Func<IQueryable<T>, string, string, (IQueryable<T>? Narrowed, string? Error)> narrow)
    {
        foreach (var (name, values) in query)
        {
            foreach (var value in values.OfType<string>().Where(value => value.Length > 0))
            {
                var (narrowed, error) = narrow(source, name, value);
                if (error is not null)
                {
                    return (null, error);
                }

                source = narrowed!;
            }
        }

        return (source, null);
    }
}
