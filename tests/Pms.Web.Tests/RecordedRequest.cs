namespace Pms.Web.Tests;

public sealed record RecordedRequest(HttpMethod Method, string PathAndQuery, string? Body, IReadOnlyDictionary<string, string> Headers);
