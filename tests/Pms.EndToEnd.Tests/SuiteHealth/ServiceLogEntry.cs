namespace Pms.EndToEnd.Tests.SuiteHealth;

/// <summary>An error or critical entry a service wrote to its log: the level line and what followed it.</summary>
public sealed record ServiceLogEntry(string Resource, string Level, string Text)
{
    public override string ToString() => $"{Resource} {Level}: {Text}";
}
