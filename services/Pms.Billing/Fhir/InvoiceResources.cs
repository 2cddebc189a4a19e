using Pms.Billing.Model;
using FhirModel = Hl7.Fhir.Model;

namespace Pms.Billing.Fhir;

/// <summary>
/// A bill as a FHIR R4 Invoice. Its status: Issued and PartiallyPaid are <c>issued</c> (money is still due), Paid is
/// <c>balanced</c>, Void is <c>cancelled</c>, and so is Refunded: all its money went back, so the charge no longer
/// stands, and a client adding up balanced invoices must not count it. Billing has no drafts, so no bill is
/// <c>draft</c>. Totals: <c>totalNet</c> is after the discount and before tax, <c>totalGross</c> the bill's total;
/// <c>totalPriceComponent</c> shows the subtotal, discount and tax they come from, and, for a bill split with the
/// patient's insurance, an informational component (<c>urn:pms:bill-split|insurer-share</c>) with the insurer's share;
/// the status and the balance due are the patient's.
/// </summary>
public static class InvoiceResources
{
    public const string BillNumberSystem = "urn:pms:bill-number";
    public const string CatalogSystem = "urn:pms:catalog";
    public const string SplitSystem = "urn:pms:bill-split";
    public const string InsurerShareCode = "insurer-share";

    public static FhirModel.Invoice.InvoiceStatus StatusOf(BillStatus status) => status switch
    {
        BillStatus.Issued or BillStatus.PartiallyPaid => FhirModel.Invoice.InvoiceStatus.Issued,
        BillStatus.Paid => FhirModel.Invoice.InvoiceStatus.Balanced,
        BillStatus.Void or BillStatus.Refunded => FhirModel.Invoice.InvoiceStatus.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A bill status without an Invoice status."),
    };

    /// <summary>The bill statuses an Invoice status search finds.</summary>
    public static IEnumerable<BillStatus> StatusesOf(FhirModel.Invoice.InvoiceStatus status) =>
        Enum.GetValues<BillStatus>().Where(candidate => StatusOf(candidate) == status);

    /// <param name="patient">What billing knows of the bill's patient, for the subject's name; null when it knows nothing.</param>
    public static FhirModel.Invoice From(Bill bill, PatientSummary? patient)
    {
        var invoice = new FhirModel.Invoice
        {
            Id = bill.Id.ToString(),
            Meta = new FhirModel.Meta { LastUpdated = LastChange(bill) },
            Status = StatusOf(bill.Status),
            CancelledReason = bill.Status == BillStatus.Void ? bill.VoidReason : null,
            Type = new FhirModel.CodeableConcept { Text = bill.BillType.ToString() },
            Subject = new FhirModel.ResourceReference($"Patient/{bill.PatientId}", NameOf(patient)),
            DateElement = new FhirModel.FhirDateTime(bill.IssuedAt),
            LineItem = [.. bill.Lines.OrderBy(line => line.Position).Select(line => LineItem(line, bill.Currency))],
            TotalPriceComponent = [.. TotalComponents(bill)],
            TotalNet = Amount(bill.Subtotal - bill.Discount, bill.Currency),
            TotalGross = Amount(bill.Total, bill.Currency),
            PaymentTerms = bill.Status is BillStatus.Issued or BillStatus.PartiallyPaid
                ? FormattableString.Invariant($"Balance due: {bill.Balance:0.00} {bill.Currency}")
                : null,
        };
        if (!string.IsNullOrEmpty(bill.Number))
        {
            invoice.Identifier.Add(new FhirModel.Identifier(BillNumberSystem, bill.Number));
        }

        return invoice;
    }

    /// <summary>
    /// The latest change billing keeps a time of: the issue, a payment or a refund. A void keeps none, so a voided
    /// bill shows the change before it.
    /// </summary>
    private static DateTimeOffset LastChange(Bill bill) =>
        new[] { bill.IssuedAt }
            .Concat(bill.Payments.Select(payment => payment.ReceivedAt))
            .Concat(bill.Refunds.Select(refund => refund.IssuedAt))
            .Max();

    private static string? NameOf(PatientSummary? patient) =>
        patient is null ? null : $"{patient.FirstName} {patient.LastName}".Trim() is { Length: > 0 } name ? name : null;

    private static FhirModel.Invoice.LineItemComponent LineItem(BillLine line, string currency)
    {
        var charge = new FhirModel.CodeableConcept { Text = line.Description };
        if (line.Code is { Length: > 0 } code)
        {
            charge.Coding.Add(new FhirModel.Coding(CatalogSystem, code));
        }

        return new FhirModel.Invoice.LineItemComponent
        {
            Sequence = line.Position,
            ChargeItem = charge,
            PriceComponent =
            [
                new FhirModel.Invoice.PriceComponentComponent
                {
                    Type = FhirModel.InvoicePriceComponentType.Base,
                    Factor = line.Quantity,
                    Amount = Amount(line.LineTotal, currency),
                },
            ],
        };
    }

    private static IEnumerable<FhirModel.Invoice.PriceComponentComponent> TotalComponents(Bill bill)
    {
        yield return Component(FhirModel.InvoicePriceComponentType.Base, bill.Subtotal, bill.Currency);
        if (bill.Discount != 0)
        {
            yield return Component(FhirModel.InvoicePriceComponentType.Discount, bill.Discount, bill.Currency);
        }

        if (bill.Tax != 0)
        {
            yield return Component(FhirModel.InvoicePriceComponentType.Tax, bill.Tax, bill.Currency);
        }

        if (bill.InsurerShare != 0)
        {
            var insurer = Component(FhirModel.InvoicePriceComponentType.Informational, bill.InsurerShare, bill.Currency);
            insurer.Code = new FhirModel.CodeableConcept(SplitSystem, InsurerShareCode, $"Covered by the patient's insurer ({bill.PayerCode})");
            yield return insurer;
        }
    }

    private static FhirModel.Invoice.PriceComponentComponent Component(FhirModel.InvoicePriceComponentType type, decimal amount, string currency) =>
        new() { Type = type, Amount = Amount(amount, currency) };

    public static FhirModel.Money Amount(decimal value, string currency) =>
        new() { Value = value, Currency = Enum.Parse<FhirModel.Money.Currencies>(currency) };
}
