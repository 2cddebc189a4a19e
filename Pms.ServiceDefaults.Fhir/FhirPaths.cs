using Microsoft.AspNetCore.Http;

namespace Pms.ServiceDefaults.Fhir;

public static class FhirPaths
{
    public const string Root = "/fhir";

    /// <summary>The FHIR base URL as the caller reached it (the gateway's, which services believe from their trusted proxies).</summary>
    public static string BaseUrl(HttpRequest request) => Origin(request) + Root;

    /// <summary>Where the caller reached PMS, for links to the rest of its API (a document's download).</summary>
    public static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
