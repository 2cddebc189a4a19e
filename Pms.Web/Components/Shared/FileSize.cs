using System.Globalization;

namespace Pms.Web.Components.Shared;

public static class FileSize
{
    /// <summary>"850 bytes", "12 KB", "3.4 MB".</summary>
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{Math.Ceiling(bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture)} MB",
    };
}
