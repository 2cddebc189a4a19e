using Microsoft.Extensions.Options;
using PdfSharp.Pdf;
using Pms.Billing.Invoices;

namespace Pms.Billing.Claims;

/// <summary>Draws a claim as the A4 document sent to the insurer: provider, insurer, member, patient, lines and what became of them.</summary>
public sealed class ClaimPdfRenderer
{
    private readonly InvoiceOptions _options;

    public ClaimPdfRenderer(IOptions<InvoiceOptions> options)
    {
        _options = options.Value;
        PdfPageWriter.UseFonts(_options.FontDirectory);
    }

    public byte[] Render(ClaimPacket packet)
    {
        var (claim, bill, coverage) = (packet.Claim, packet.Bill, packet.Coverage);
        using var document = new PdfDocument();
        document.Info.Title = $"Insurance claim {claim.Number}";
        using (var writer = new PdfPageWriter(document))
        {
            writer.Line(_options.HospitalName, 16, bold: true);
            writer.Line(_options.HospitalAddress, 10);
            writer.Gap();
            writer.Line($"Insurance claim {claim.Number}", 14, bold: true);
            writer.Line($"Created {claim.CreatedAt.UtcDateTime:yyyy-MM-dd}   Status {claim.Status}"
                + (claim.SubmittedAt is { } submitted ? $"   Submitted {submitted.UtcDateTime:yyyy-MM-dd}" : ""), 10);
            writer.Line($"Insurer {packet.PayerName} ({claim.PayerCode})", 10);
            writer.Line($"Plan {coverage.Plan}   Member ID {coverage.MemberId}" + (coverage.GroupNumber is { } group ? $"   Group {group}" : ""), 10);
            writer.Line($"Policy holder {coverage.PolicyHolder ?? packet.PatientName} ({coverage.Relationship})", 10);
            writer.Line($"Patient {packet.PatientName}" + (packet.Patient is { } patient ? $"   MRN {patient.Mrn}" : ""), 10);
            writer.Line($"For bill {bill.Number} of {bill.IssuedAt.UtcDateTime:yyyy-MM-dd} ({bill.BillType}), total {PdfPageWriter.Amount(bill.Total)} {bill.Currency}", 10);
            writer.Gap();
            writer.Columns(["Service", "Claimed", "Paid", "Written off"], bold: true);
            foreach (var line in claim.Lines.OrderBy(line => line.Position))
            {
                writer.Columns([
                    line.Code is null ? line.Description : $"{line.Description} ({line.Code})",
                    PdfPageWriter.Amount(line.Amount), PdfPageWriter.Amount(line.Paid), PdfPageWriter.Amount(line.Adjusted),
                ]);
            }

            writer.Gap();
            writer.Total("Claimed", claim.Amount, claim.Currency, bold: true);
            if (claim.SettledAt is not null)
            {
                writer.Total("Paid by the insurer", claim.AmountPaid, claim.Currency);
                writer.Total("Written off", claim.AmountAdjusted, claim.Currency);
                writer.Total("Transferred to the patient", claim.TransferredToPatient, claim.Currency);
            }

            if (claim.RemittanceReference is { } reference)
            {
                writer.Line($"Remittance {reference}", 10);
            }

            if (claim.DenialReason is { } denial)
            {
                writer.Line($"Denied: {denial}", 10);
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary><c>claim-CLM-2026-000042.pdf</c>.</summary>
    public static string FileName(ClaimPacket packet) => $"claim-{packet.Claim.Number}.pdf";
}
