namespace Pms.Contracts.Messaging;

/// <summary>
/// A message a service gave up on after its retries, as an administrator sees it (<c>/api/{service}/dead-letters</c>):
/// what it was, where it came from and why it failed. <paramref name="ReplayQueued"/>: an administrator asked for a replay and
/// the service has not taken it back yet.
/// </summary>
public sealed record DeadLetter(
    Guid Id,
    string? MessageType,
    string? Source,
    string? ExceptionType,
    string? ExceptionMessage,
    DateTimeOffset? SentAt,
    bool ReplayQueued);
