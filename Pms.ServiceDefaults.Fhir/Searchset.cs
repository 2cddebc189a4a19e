using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Pms.ServiceDefaults.Fhir;

/// <summary>
/// A search's answer: a searchset Bundle of one page of matches, its total, and links to the pages beside it; without a
/// page (an operation answering everything at once), only the link to itself.
/// </summary>
public static class Searchset
{
    public static Bundle Of(HttpRequest request, IEnumerable<Resource> matches, int total, FhirPage? page, IEnumerable<Resource>? included = null)
    {
        var bundle = new Bundle
        {
            Id = Guid.NewGuid().ToString(),
            Type = Bundle.BundleType.Searchset,
            Timestamp = DateTimeOffset.UtcNow,
            Total = total,
        };
        if (page is null)
        {
            bundle.Link.Add(new Bundle.LinkComponent { Relation = "self", Url = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}" });
        }
        else
        {
            AddPageLinks(bundle, request, page, total);
        }

        var baseUrl = FhirPaths.BaseUrl(request);
        bundle.Entry.AddRange(matches.Select(resource => Entry(baseUrl, resource, Bundle.SearchEntryMode.Match)));
        bundle.Entry.AddRange((included ?? []).Select(resource => Entry(baseUrl, resource, Bundle.SearchEntryMode.Include)));
        return bundle;
    }

    private static void AddPageLinks(Bundle bundle, HttpRequest request, FhirPage page, int total)
    {
        bundle.Link.Add(Link("self", request, page));
        if (page.Offset > 0)
        {
            bundle.Link.Add(Link("previous", request, page with { Offset = Math.Max(0, page.Offset - page.Count) }));
        }

        if (page.Offset + page.Count < total)
        {
            bundle.Link.Add(Link("next", request, page with { Offset = page.Offset + page.Count }));
        }
    }

    private static Bundle.EntryComponent Entry(string baseUrl, Resource resource, Bundle.SearchEntryMode mode) => new()
    {
        FullUrl = $"{baseUrl}/{resource.TypeName}/{resource.Id}",
        Resource = resource,
        Search = new Bundle.SearchComponent { Mode = mode },
    };

    private static Bundle.LinkComponent Link(string relation, HttpRequest request, FhirPage page)
    {
        var query = new QueryBuilder(request.Query
            .Where(parameter => parameter.Key is not (FhirPage.CountParameter or FhirPage.OffsetParameter))
            .SelectMany(parameter => parameter.Value.Select(value => KeyValuePair.Create(parameter.Key, value ?? ""))))
        {
            { FhirPage.CountParameter, page.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            { FhirPage.OffsetParameter, page.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        return new Bundle.LinkComponent { Relation = relation, Url = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{query}" };
    }
}
