using Microsoft.Extensions.Options;
using PdfSharp.Pdf.IO;
using Pms.Billing.Invoices;
using Pms.Billing.Model;

namespace Pms.Billing.Tests;

public sealed class InvoiceRendererTests
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 3, 1, 23, 30, 0, TimeSpan.FromHours(-5));
    private static readonly DateTimeOffset PaidAt = new(2026, 3, 2, 9, 15, 0, TimeSpan.Zero);
    private readonly InvoiceRenderer _renderer = new(Options.Create(new InvoiceOptions()));

    [Fact]
    public void AnInvoicePrintsTheHospitalThePatientEveryLineAndTheTotals()
    {
        var bill = new Bill { Id = Guid.NewGuid(), Number = "INV-2026-000042", BillType = BillType.Consultation, Status = BillStatus.Issued, Currency = "USD", IssuedAt = IssuedAt };
        bill.AddLine("CONS-GP", "General practitioner consultation", 1, 40m, 0.10m);
        bill.AddLine("PHA-PARA-500", "Paracetamol 500 mg tablet", 3, 0.35m, 0.10m);
        bill.AddLine(null, "Dressing", 2, 1_250m, 0.10m);
        bill.ApplyDiscount(1.05m, null, "Senior", 0.10m);
        bill.RecordPayment(1_000m, PaymentMethod.Cash, null, "k", "cashier", PaidAt);

        var pdf = _renderer.Render(bill, new PatientSummary { FirstName = "Zoë", LastName = "Ångström", Mrn = "PMS-0000001-8" });

        Assert.Equal(
            [
                "PMS General Hospital",
                "1 Hospital Road, Springfield",
                "Invoice INV-2026-000042",
                "Issued 2026-03-02 Type Consultation Status PartiallyPaid",
                "Patient Zoë Ångström MRN PMS-0000001-8",
                "Item Qty Unit price Amount",
                "General practitioner consultation (CONS-GP) 1 40.00 40.00",
                "Paracetamol 500 mg tablet (PHA-PARA-500) 3 0.35 1.05",
                "Dressing 2 1,250.00 2,500.00",
                "Subtotal 2,541.05 USD",
                "Discount (Senior) -1.05 USD",
                "Tax 254.00 USD",
                "Total 2,794.00 USD",
                "Paid 2026-03-02 (Cash) -1,000.00 USD",
                "Balance due 1,794.00 USD",
            ],
            Assert.Single(PdfText.Rows(pdf)));
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        Assert.Equal("Invoice INV-2026-000042", document.Info.Title);
    }

    [Fact]
    public void ASplitBillPrintsWhatTheInsurerPaysAndThePatientsShare()
    {
        var bill = new Bill { Id = Guid.NewGuid(), Number = "INV-2026-000043", BillType = BillType.Laboratory, Status = BillStatus.Issued, Currency = "USD", IssuedAt = IssuedAt };
        bill.AddLine("LAB-CBC", "Complete blood count", 2, 18.50m, 0m);
        bill.SplitWith(new Coverage { Id = Guid.NewGuid(), PayerCode = "NW" }, new CoverageRule { PayerCode = "NW", CoveredPercent = 80m, CoPay = 5m }, 0m);

        var rows = Assert.Single(PdfText.Rows(_renderer.Render(bill, new PatientSummary { FirstName = "Ama", LastName = "Owusu", Mrn = "PMS-0000002-6" })));

        Assert.Equal(["Total 37.00 USD", "Covered by your insurer (NW) -25.60 USD", "Your share 11.40 USD", "Balance due 11.40 USD"], rows.TakeLast(4));
    }

    [Fact]
    public void ALongBillContinuesOnFurtherPagesWithEveryLineOnce()
    {
        var bill = new Bill { Id = Guid.NewGuid(), Number = "INV-2026-000043", Currency = "USD", IssuedAt = IssuedAt };
        for (var line = 0; line < 100; line++)
        {
            bill.AddLine("PHA-PARA-500", "Paracetamol 500 mg tablet", 2, 0.10m, 0m);
        }

        var pages = PdfText.Rows(_renderer.Render(bill, null));

        Assert.Equal(3, pages.Count);
        Assert.Equal(100, pages.SelectMany(rows => rows).Count(row => row == "Paracetamol 500 mg tablet (PHA-PARA-500) 2 0.10 0.20"));
        Assert.Equal(["Subtotal 20.00 USD", "Tax 0.00 USD", "Total 20.00 USD", "Balance due 20.00 USD"], pages[^1].TakeLast(4));
    }

    [Fact]
    public void APaidBillPrintsAsAReceiptWithNothingDue()
    {
        var bill = new Bill { Id = Guid.NewGuid(), Number = "INV-2026-000044", Currency = "USD", Status = BillStatus.Issued, IssuedAt = IssuedAt };
        bill.AddLine(null, "Dressing", 1, 2.50m, 0m);
        bill.RecordPayment(2.50m, PaymentMethod.Card, null, "k", "cashier", PaidAt);

        var pdf = _renderer.Render(bill, null);

        var rows = Assert.Single(PdfText.Rows(pdf));
        Assert.Equal("Receipt INV-2026-000044", rows[2]);
        Assert.Equal(["Paid 2026-03-02 (Card) -2.50 USD", "Balance due 0.00 USD"], rows.TakeLast(2));
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        Assert.Equal("Receipt INV-2026-000044", document.Info.Title);
    }
}
