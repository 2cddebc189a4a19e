namespace Pms.ServiceDefaults.Apis;

/// <summary>A named failure with the title (and optional detail) its ProblemDetails answer shows.</summary>
public sealed record Refusal(RefusalKind Kind, string Title, string? Detail = null)
{
    public static Refusal BadRequest(string title, string? detail = null) => new(RefusalKind.BadRequest, title, detail);

    public static Refusal Unauthorized(string title, string? detail = null) => new(RefusalKind.Unauthorized, title, detail);

    public static Refusal NotFound(string title, string? detail = null) => new(RefusalKind.NotFound, title, detail);

    public static Refusal Forbidden(string title, string? detail = null) => new(RefusalKind.Forbidden, title, detail);

    public static Refusal Conflict(string title, string? detail = null) => new(RefusalKind.Conflict, title, detail);

    public static Refusal PayloadTooLarge(string title, string? detail = null) => new(RefusalKind.PayloadTooLarge, title, detail);

    public static Refusal UnsupportedMediaType(string title, string? detail = null) => new(RefusalKind.UnsupportedMediaType, title, detail);

    public static Refusal Unprocessable(string title, string? detail = null) => new(RefusalKind.Unprocessable, title, detail);

    public static Refusal TooManyRequests(string title, string? detail = null) => new(RefusalKind.TooManyRequests, title, detail);

    public static Refusal BadGateway(string title, string? detail = null) => new(RefusalKind.BadGateway, title, detail);

    public static Refusal Unavailable(string title, string? detail = null) => new(RefusalKind.Unavailable, title, detail);
}
