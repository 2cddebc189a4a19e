namespace Pms.ServiceDefaults.Errors;

/// <summary>
/// An exception that is no fault of the request's handling, and the answer a request that ends in it gets; registered as
/// a singleton by whoever knows the exception (the data services register EF Core's concurrency conflict and the
/// database being out of reach). <paramref name="RetryAfter"/>, when given, tells the client when to try again.
/// </summary>
public sealed record KnownFailure(Func<Exception, bool> Matches, int Status, string Title, TimeSpan? RetryAfter = null)
{
    public static KnownFailure Of<TException>(int status, string title) where TException : Exception =>
        new(exception => exception is TException, status, title);
}
