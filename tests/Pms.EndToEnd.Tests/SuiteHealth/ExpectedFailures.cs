using System.Collections.Concurrent;

namespace Pms.EndToEnd.Tests.SuiteHealth;

/// <summary>
/// Failures that tests provoke on purpose and declare before provoking them: an error log entry of a
/// resource containing a fragment. Whatever else the run left behind fails the suite at its end; a test
/// that provokes a dead letter discards it.
/// </summary>
public sealed class ExpectedFailures
{
    private readonly ConcurrentBag<(string Resource, string Fragment)> _logEntries = [];

    public void ErrorLog(string resource, string fragment) => _logEntries.Add((resource, fragment));

    public bool Covers(ServiceLogEntry entry) =>
        _logEntries.Any(expected => expected.Resource == entry.Resource && entry.Text.Contains(expected.Fragment, StringComparison.Ordinal));
}
