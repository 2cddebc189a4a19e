using Pms.Auth.Model;

namespace Pms.Auth.Dtos;

/// <summary>A key of the signing ring as an administrator sees it: never its private half.</summary>
public sealed record SigningKeyDto(string KeyId, string Status, DateTimeOffset CreatedAt, DateTimeOffset? ActivatedAt, DateTimeOffset? RetiredAt)
{
    public static SigningKeyDto From(SigningKey key) => new(key.Id, key.Status.ToString(), key.CreatedAt, key.ActivatedAt, key.RetiredAt);
}
