using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Pms.Billing.Invoices;

/// <summary>Writes rows top to bottom, starting a new A4 page when one is full.</summary>
public sealed class PdfPageWriter : IDisposable
{
    private const double Margin = 50;
    private const double LineHeight = 16;
    private static readonly Lock FontSetup = new();
    private static readonly double[] ColumnStarts = [0, 0.62, 0.72, 0.86];
    private readonly PdfDocument _document;
    private XGraphics _graphics;
    private double _pageWidth;
    private double _pageHeight;
    private double _y;

    public PdfPageWriter(PdfDocument document)
    {
        _document = document;
        _graphics = NewPage();
    }

    public void Line(string text, double size, bool bold = false)
    {
        Ensure(size * 1.5);
        _graphics.DrawString(text, Font(size, bold), XBrushes.Black, new XPoint(Margin, _y));
        _y += size * 1.5;
    }

    public void Gap() => _y += LineHeight / 2;

    public void Columns(IReadOnlyList<string> cells, bool bold = false)
    {
        Ensure(LineHeight);
        var width = _pageWidth - 2 * Margin;
        for (var index = 0; index < cells.Count; index++)
        {
            _graphics.DrawString(cells[index], Font(9, bold), XBrushes.Black, new XPoint(Margin + ColumnStarts[index] * width, _y));
        }

        _y += LineHeight;
    }

    public void Total(string label, decimal amount, string currency, bool bold = false)
    {
        Ensure(LineHeight);
        var width = _pageWidth - 2 * Margin;
        _graphics.DrawString(label, Font(9, bold), XBrushes.Black, new XPoint(Margin + 0.45 * width, _y));
        _graphics.DrawString($"{Amount(amount)} {currency}", Font(9, bold), XBrushes.Black, new XPoint(Margin + ColumnStarts[3] * width, _y));
        _y += LineHeight;
    }

    /// <summary>Points PDFsharp at the DejaVu fonts, once per process: its font resolver is global.</summary>
    public static void UseFonts(string fontDirectory)
    {
        lock (FontSetup)
        {
            GlobalFontSettings.FontResolver ??= new DejaVuFontResolver(fontDirectory);
        }
    }

    /// <summary>"1,234.50": amounts as PMS's documents print them.</summary>
    public static string Amount(decimal value) => value.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public void Dispose() => _graphics.Dispose();

    private void Ensure(double height)
    {
        if (_y + height > _pageHeight - Margin)
        {
            _graphics.Dispose();
            _graphics = NewPage();
        }
    }

    private XGraphics NewPage()
    {
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _pageWidth = page.Width.Point;
        _pageHeight = page.Height.Point;
        _y = Margin;
        return XGraphics.FromPdfPage(page);
    }

    private static XFont Font(double size, bool bold) =>
        new(DejaVuFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
}
