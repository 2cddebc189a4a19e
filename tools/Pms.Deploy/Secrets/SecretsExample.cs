namespace Pms.Deploy.Secrets;

/// <summary>The committed secrets.env.example: every key the Secret must have, none of their values.</summary>
public static class SecretsExample
{
    public static string Write(IEnumerable<OperatorInput> inputs)
    {
        var lines = new List<string>
        {
            "# The inputs of a PMS deployment. kustomize makes the Secret pms-secrets of secrets.env, which git ignores:",
            "#   cp secrets.env.example secrets.env   # then give every key its value, and keep the file safe",
            "# One KEY=value a line; a value is taken verbatim (no quotes) and cannot span lines.",
        };
        foreach (var input in inputs)
        {
            lines.Add("");
            lines.Add($"# {input.Description}");
            lines.Add($"{input.Key}={input.ExampleValue}");
        }

        return string.Join('\n', lines) + "\n";
    }
}
