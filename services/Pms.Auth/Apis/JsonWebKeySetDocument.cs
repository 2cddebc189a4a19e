using System.Text.Json.Serialization;

namespace Pms.Auth.Apis;

public sealed record JsonWebKeySetDocument([property: JsonPropertyName("keys")] IReadOnlyList<PublicJsonWebKey> Keys);
