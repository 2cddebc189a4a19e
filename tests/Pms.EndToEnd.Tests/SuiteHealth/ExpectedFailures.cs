using System.Collections.Concurrent;

namespace Pms.EndToEnd.Tests.SuiteHealth;

/// <summary>
/// Failures that tests provoke on purpose and declare before provoking them: an error log entry of a
/// resource containing a fragment, or dead letters of a service. Whatever else the run left behind
/// fails the suite at its end.
/// </summary>
public sealed class ExpectedFailures
{
    private readonly ConcurrentBag<(string Resource, string Fragment)> _logEntries = [];
    private readonly ConcurrentDictionary<string, int> _deadLetters = new();

    public void ErrorLog(string resource, string fragment) => _logEntries.Add((resource, fragment));

    public void DeadLetter(string service) => _deadLetters.AddOrUpdate(service, 1, (_, count) => count + 1);

    public bool Covers(ServiceLogEntry entry) =>
        _logEntries.Any(expected => expected.Resource == entry.Resource && entry.Text.Contains(expected.Fragment, StringComparison.Ordinal));

    public int DeadLettersOf(string service) => _deadLetters.GetValueOrDefault(service);
}
