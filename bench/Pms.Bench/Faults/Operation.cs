using System.Net;

namespace Pms.Bench.Faults;

/// <summary>One thing a client set out to do, every request it sent for it, and what it learned (ids, keys).</summary>
public sealed class Operation(string kind, string key)
{
    public string Kind { get; } = kind;

    /// <summary>What names the operation's effect: the email registered, the payment's idempotency key, ...</summary>
    public string Key { get; } = key;

    public List<Attempt> Attempts { get; } = [];

    public Guid? Id { get; set; }

    public Guid? ParentId { get; set; }

    public HttpStatusCode Expected { get; set; } = HttpStatusCode.Created;

    public bool Succeeded => Attempts.Count > 0 && Attempts[^1].Answered(Expected);

    public DateTimeOffset StartedAt => Attempts[0].StartedAt;

    public DateTimeOffset EndedAt => Attempts[^1].EndedAt;
}
