namespace Pms.ServiceDefaults.Errors;

/// <summary>
/// An exception that is no fault of the server, and the answer a request that ends in it gets; registered as a
/// singleton by whoever knows the exception (the data services register EF Core's concurrency conflict).
/// </summary>
public sealed record KnownFailure(Type ExceptionType, int Status, string Title);
