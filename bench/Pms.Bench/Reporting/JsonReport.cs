using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pms.Bench.Reporting;

/// <summary>The report as JSON for tools; written to a file, never into a web page, so relaxed escaping is safe.</summary>
public static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = global::System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Render(BenchReport report) => JsonSerializer.Serialize(report, Options);
}
