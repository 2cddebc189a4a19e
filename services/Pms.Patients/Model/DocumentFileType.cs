namespace Pms.Patients.Model;

/// <summary>
/// The file types a report may have, recognised by their signatures (the first bytes every such
/// file starts with), never by the name or the type the client claims.
/// </summary>
public sealed record DocumentFileType(string ContentType, string Extension, byte[] Signature)
{
    public static readonly DocumentFileType Pdf = new("application/pdf", ".pdf", "%PDF-"u8.ToArray());

    public static readonly DocumentFileType Png = new("image/png", ".png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    public static readonly DocumentFileType Jpeg = new("image/jpeg", ".jpg", [0xFF, 0xD8, 0xFF]);

    public static IReadOnlyList<DocumentFileType> Accepted { get; } = [Pdf, Png, Jpeg];

    /// <summary>How many leading bytes <see cref="Recognise"/> needs at most.</summary>
    public static int SignatureLength { get; } = Accepted.Max(type => type.Signature.Length);

    public static DocumentFileType? Recognise(ReadOnlySpan<byte> head)
    {
        foreach (var type in Accepted)
        {
            if (head.StartsWith(type.Signature))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>
    /// The client's file name without any folder, with this type's extension added when it has
    /// another one, so that a saved download opens with the right program.
    /// </summary>
    public string NameFile(string? clientFileName)
    {
        var name = Path.GetFileName((clientFileName ?? string.Empty).Replace('\\', '/')).Trim();
        name = new string(name.Where(character => !char.IsControl(character)).ToArray());
        if (name.Length == 0)
        {
            name = "document";
        }

        var hasOwnExtension = Path.GetExtension(name) is var extension
            && (extension.Equals(Extension, StringComparison.OrdinalIgnoreCase)
                || (this == Jpeg && extension.Equals(".jpeg", StringComparison.OrdinalIgnoreCase)));
        var fileName = hasOwnExtension ? name : name + Extension;
        return fileName.Length <= MaxFileNameLength ? fileName : fileName[^MaxFileNameLength..];
    }

    public const int MaxFileNameLength = 255;
}
