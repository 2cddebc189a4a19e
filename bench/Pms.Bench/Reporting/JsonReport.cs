using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pms.Bench.Reporting;

public static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Render(BenchReport report) => JsonSerializer.Serialize(report, Options);
}
