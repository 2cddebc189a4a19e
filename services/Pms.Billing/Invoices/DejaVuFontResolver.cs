using PdfSharp.Fonts;

namespace Pms.Billing.Invoices;

/// <summary>PDFsharp finds no system fonts outside Windows; invoices use DejaVu Sans from the given folder.</summary>
public sealed class DejaVuFontResolver(string fontDirectory) : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? Bold : Regular);

    public byte[] GetFont(string faceName) => File.ReadAllBytes(Path.Combine(fontDirectory, faceName + ".ttf"));
}
