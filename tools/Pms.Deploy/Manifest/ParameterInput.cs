namespace Pms.Deploy.Manifest;

public sealed class ParameterInput
{
    public string Type { get; set; } = "string";

    public bool Secret { get; set; }
}
