namespace Pms.Deploy.Secrets;

/// <summary>A key of secrets.env: what it is and the value the example file shows.</summary>
public sealed record OperatorInput(string Key, string Description, string ExampleValue);
