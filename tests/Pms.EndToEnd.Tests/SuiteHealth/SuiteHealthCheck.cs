using Pms.EndToEnd.Tests.Browser;

namespace Pms.EndToEnd.Tests.SuiteHealth;

/// <summary>
/// What the whole run must leave behind: no dead letter, no unsent outbox message and no error log entry in any service
/// beyond the error log entries the tests declared. A fallback that quietly repaired a failing path shows up here.
/// </summary>
public static class SuiteHealthCheck
{
    public static async Task<IReadOnlyList<string>> DeadLetterProblemsAsync(DistributedApplication app, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var service in MessageTables.DatabaseOf.Keys)
        {
            var stored = await MessageTables.DeadLettersAsync(app, service, cancellationToken);
            if (stored.Count > 0)
            {
                problems.Add($"{service} holds {stored.Count} dead letters.");
                problems.AddRange(stored.Select(letter => $"  {service} dead letter: {letter}"));
            }
        }

        return problems;
    }

    /// <summary>
    /// Every outbox is empty once the last messages had time to leave: a message committed but never handed to its sender
    /// would otherwise wait a minute until Wolverine releases it as stale, a fallback that hides the failure.
    /// </summary>
    public static async Task<IReadOnlyList<string>> OutboxProblemsAsync(DistributedApplication app, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var problems = new List<string>();
        foreach (var service in MessageTables.DatabaseOf.Keys)
        {
            var unsent = await MessageTables.UnsentAsync(app, service, cancellationToken);
            while (unsent.Count > 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200, cancellationToken);
                unsent = await MessageTables.UnsentAsync(app, service, cancellationToken);
            }

            problems.AddRange(unsent.Select(message => $"{service} never sent a committed {message}."));
        }

        return problems;
    }

    /// <summary>Read after the services stopped, so that errors while shutting down count too.</summary>
    public static IEnumerable<string> LogProblems(ServiceLogWatch logs, ExpectedFailures expected) =>
        logs.Entries.Where(entry => !expected.Covers(entry)).Select(entry => $"Unexpected log entry: {entry}");

    /// <summary>
    /// Writes the findings to <c>suite-health.txt</c> among the artifacts, and fails the run when there
    /// are any: a test runner shows little of a failure after the last test.
    /// </summary>
    public static async Task ReportAsync(IReadOnlyList<string> problems)
    {
        var report = Path.Combine(Artifacts.Root, "suite-health.txt");
        Directory.CreateDirectory(Artifacts.Root);
        await File.WriteAllLinesAsync(report, problems.Count == 0 ? ["No dead letters, no unsent outbox message and no unexpected error log entries."] : problems);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The run left {problems.Count} problem(s) behind, listed in {report}: {problems[0]}");
        }
    }
}
