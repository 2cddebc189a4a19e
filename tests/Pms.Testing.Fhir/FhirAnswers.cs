using System.Net;
using Xunit;
using Resource = Hl7.Fhir.Model.Resource;

namespace Pms.Testing.Fhir;

/// <summary>Reads answers of PMS's FHIR API as a strict client does, failing the test on any answer such a client would reject.</summary>
public static class FhirAnswers
{
    public const string MediaType = "application/fhir+json";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>GETs <paramref name="url"/>, relative to the client's base address or absolute, and reads the answer.</summary>
    public static async Task<T> ReadFhirAsync<T>(this HttpClient client, string url, HttpStatusCode status = HttpStatusCode.OK) where T : Resource
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute), Cancellation);
        return await response.ReadFhirAsync<T>(status);
    }

    /// <summary>Expects <paramref name="status"/> and an application/fhir+json body that is valid R4 (a Bundle's resources too).</summary>
    public static async Task<T> ReadFhirAsync<T>(this HttpResponseMessage response, HttpStatusCode status) where T : Resource
    {
        var body = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(status == response.StatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        Assert.Equal(MediaType, response.Content.Headers.ContentType?.MediaType);
        return FhirValidation.ParseValid<T>(body);
    }
}
