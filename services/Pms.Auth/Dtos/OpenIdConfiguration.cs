using System.Text.Json.Serialization;

namespace Pms.Auth.Dtos;

public sealed record OpenIdConfiguration(
    [property: JsonPropertyName("issuer")] string Issuer,
    [property: JsonPropertyName("jwks_uri")] string JwksUri,
    [property: JsonPropertyName("id_token_signing_alg_values_supported")] IReadOnlyList<string> SigningAlgorithms,
    [property: JsonPropertyName("subject_types_supported")] IReadOnlyList<string> SubjectTypes);
