using k8s;

namespace Pms.Deploy.Output;

/// <summary>YAML as the generator writes it: a header that says where it comes from, LF line ends.</summary>
public static class YamlText
{
    private const string Header =
        "# Generated from the AppHost by tools/Pms.Deploy (dotnet run --project tools/Pms.Deploy): change the AppHost, not this file.";

    public static string Write(object value, string? note = null)
    {
        var lines = new List<string> { Header };
        if (note is not null)
        {
            lines.AddRange(note.Split('\n').Select(line => ("# " + line).TrimEnd()));
        }

        lines.Add(KubernetesYaml.Serialize(value).ReplaceLineEndings("\n").TrimEnd('\n'));
        return string.Join('\n', lines) + "\n";
    }
}
