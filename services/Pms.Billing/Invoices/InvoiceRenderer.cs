using System.Globalization;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using Pms.Billing.Model;

namespace Pms.Billing.Invoices;

/// <summary>Draws a bill as an A4 invoice (or receipt once paid): hospital, patient, items, totals, payments, balance.</summary>
public sealed class InvoiceRenderer
{
    private const double Margin = 50;
    private const double LineHeight = 16;
    private static readonly Lock FontSetup = new();
    private readonly InvoiceOptions _options;

    public InvoiceRenderer(IOptions<InvoiceOptions> options)
    {
        _options = options.Value;
        lock (FontSetup)
        {
            GlobalFontSettings.FontResolver ??= new DejaVuFontResolver(_options.FontDirectory);
        }
    }

    public byte[] Render(Bill bill, PatientSummary? patient)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"{Heading(bill)} {bill.Number}";
        using (var writer = new PageWriter(document))
        {
            writer.Line(_options.HospitalName, 16, bold: true);
            writer.Line(_options.HospitalAddress, 10);
            writer.Gap();
            writer.Line($"{Heading(bill)} {bill.Number}", 14, bold: true);
            writer.Line($"Issued {bill.IssuedAt.UtcDateTime:yyyy-MM-dd}   Type {bill.BillType}   Status {bill.Status}", 10);
            writer.Line(patient is null ? $"Patient {bill.PatientId}" : $"Patient {patient.FirstName} {patient.LastName}   MRN {patient.Mrn}", 10);
            writer.Gap();
            writer.Columns(["Item", "Qty", "Unit price", "Amount"], bold: true);
            foreach (var line in bill.Lines.OrderBy(line => line.Position))
            {
                writer.Columns([Describe(line), line.Quantity.ToString("0.###", CultureInfo.InvariantCulture), Amount(line.UnitPrice), Amount(line.LineTotal)]);
            }

            writer.Gap();
            writer.Total("Subtotal", bill.Subtotal, bill.Currency);
            if (bill.Discount > 0)
            {
                writer.Total($"Discount ({bill.DiscountReason})", -bill.Discount, bill.Currency);
            }

            writer.Total("Tax", bill.Tax, bill.Currency);
            writer.Total("Total", bill.Total, bill.Currency, bold: true);
            if (bill.InsurerShare > 0)
            {
                writer.Total($"Covered by your insurer ({bill.PayerCode})", -bill.InsurerShare, bill.Currency);
                writer.Total("Your share", bill.PatientShare, bill.Currency, bold: true);
            }

            foreach (var payment in bill.Payments.OrderBy(payment => payment.ReceivedAt))
            {
                writer.Total($"Paid {payment.ReceivedAt.UtcDateTime:yyyy-MM-dd} ({payment.Method})", -payment.Amount, bill.Currency);
            }

            foreach (var refund in bill.Refunds.OrderBy(refund => refund.IssuedAt))
            {
                writer.Total($"Refunded {refund.IssuedAt.UtcDateTime:yyyy-MM-dd}", refund.Amount, bill.Currency);
            }

            writer.Total("Balance due", bill.Balance, bill.Currency, bold: true);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary><c>receipt-INV-2026-000123.pdf</c> once paid, else <c>invoice-INV-2026-000123.pdf</c>.</summary>
    public static string FileName(Bill bill) => $"{Heading(bill).ToLowerInvariant()}-{bill.Number}.pdf";

    private static string Heading(Bill bill) => bill.Status is BillStatus.Paid or BillStatus.Refunded ? "Receipt" : "Invoice";

    private static string Describe(BillLine line) => line.Code is null ? line.Description : $"{line.Description} ({line.Code})";

    private static string Amount(decimal value) => value.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>Writes rows top to bottom, starting a new A4 page when one is full.</summary>
    private sealed class PageWriter : IDisposable
    {
        private static readonly double[] ColumnStarts = [0, 0.62, 0.72, 0.86];
        private readonly PdfDocument _document;
        private XGraphics _graphics;
        private double _pageWidth;
        private double _pageHeight;
        private double _y;

        public PageWriter(PdfDocument document)
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
}
