namespace Pms.ServiceDefaults.Apis;

/// <summary>Why a well-formed request was not carried out; <see cref="OutcomeResults"/> alone knows the HTTP status of each.</summary>
public enum RefusalKind
{
    /// <summary>The request is malformed in a way no single field explains.</summary>
    BadRequest,

    /// <summary>The credentials or token presented do not prove who the caller is.</summary>
    Unauthorized,

    /// <summary>It does not exist, or the caller may not know it does.</summary>
    NotFound,

    /// <summary>The caller may see it but not do this.</summary>
    Forbidden,

    /// <summary>The current state does not allow it.</summary>
    Conflict,

    /// <summary>The content is larger than accepted.</summary>
    PayloadTooLarge,

    /// <summary>The content is of a type not accepted.</summary>
    UnsupportedMediaType,

    /// <summary>The request is well formed but its values do not fit.</summary>
    Unprocessable,

    /// <summary>The caller asked too often; try again later.</summary>
    TooManyRequests,

    /// <summary>A provider the request depends on failed.</summary>
    BadGateway,

    /// <summary>It cannot be done yet; try again later.</summary>
    Unavailable,
}
