using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pms.Testing;

/// <summary>The services' JSON, as their answers are written: web defaults with enums as names.</summary>
public static class ServiceJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
