namespace Pms.Contracts.Documents;

/// <summary>The limits of a report upload, which patient-service enforces and the gateway and the web front end respect.</summary>
public static class DocumentLimits
{
    /// <summary>The largest file kept: 20 MiB.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>The largest upload request: the file, with room for the form's other fields and boundaries.</summary>
    public const long MaxUploadRequestBytes = MaxFileBytes + (1024 * 1024);

    public const int MaxTitleLength = 200;

    public const string SizeLimitText = "A report may be up to 20 MB.";
}
