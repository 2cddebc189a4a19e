using System.Text.Json.Serialization;

namespace Pms.Auth.Dtos;

public sealed record JsonWebKeySetDocument([property: JsonPropertyName("keys")] IReadOnlyList<PublicJsonWebKey> Keys);
