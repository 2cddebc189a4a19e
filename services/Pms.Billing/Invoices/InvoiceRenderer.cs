using System.Globalization;
using Microsoft.Extensions.Options;
using PdfSharp.Pdf;
using Pms.Billing.Model;

namespace Pms.Billing.Invoices;

/// <summary>Draws a bill as an A4 invoice (or receipt once paid): hospital, patient, items, totals, payments, balance.</summary>
public sealed class InvoiceRenderer
{
    private readonly InvoiceOptions _options;

    public InvoiceRenderer(IOptions<InvoiceOptions> options)
    {
        _options = options.Value;
        PdfPageWriter.UseFonts(_options.FontDirectory);
    }

    public byte[] Render(Bill bill, PatientSummary? patient)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"{Heading(bill)} {bill.Number}";
        using (var writer = new PdfPageWriter(document))
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
                writer.Columns([Describe(line), line.Quantity.ToString("0.###", CultureInfo.InvariantCulture), PdfPageWriter.Amount(line.UnitPrice), PdfPageWriter.Amount(line.LineTotal)]);
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

}
