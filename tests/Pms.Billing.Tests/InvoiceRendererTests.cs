using Microsoft.Extensions.Options;
using PdfSharp.Pdf.IO;
using Pms.Billing.Invoices;
using Pms.Billing.Model;

namespace Pms.Billing.Tests;

public sealed class InvoiceRendererTests
{
    private readonly InvoiceRenderer _renderer = new(Options.Create(new InvoiceOptions()));

    [Fact]
    public void AnInvoiceIsAPdfNamedAfterItsBill()
    {
        var bill = new Bill { Id = Guid.NewGuid(), Number = "INV-2026-000042", Currency = "USD", IssuedAt = DateTimeOffset.UtcNow };
        bill.AddLine("CONS-GP", "General practitioner consultation", 1, 40m, 0m);

        var pdf = _renderer.Render(bill, new PatientSummary { FirstName = "Zoë", LastName = "Ångström", Mrn = "PMS-0000001-8" });

        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        Assert.Equal("Invoice INV-2026-000042", document.Info.Title);
        Assert.Equal(1, document.PageCount);
    }

    [Fact]
    public void ALongBillContinuesOnFurtherPages()
    {
        var bill = new Bill { Id = Guid.NewGuid(), Number = "INV-2026-000043", Currency = "USD", IssuedAt = DateTimeOffset.UtcNow };
        for (var line = 0; line < 100; line++)
        {
            bill.AddLine("PHA-PARA-500", "Paracetamol 500 mg tablet", 2, 0.10m, 0m);
        }

        using var document = PdfReader.Open(new MemoryStream(_renderer.Render(bill, null)), PdfDocumentOpenMode.Import);

        Assert.True(document.PageCount >= 2);
    }

    [Fact]
    public void APaidBillPrintsAsAReceipt()
    {
        var bill = new Bill { Id = Guid.NewGuid(), Number = "INV-2026-000044", Currency = "USD", Status = BillStatus.Issued, IssuedAt = DateTimeOffset.UtcNow };
        bill.AddLine(null, "Dressing", 1, 2.50m, 0m);
        bill.RecordPayment(2.50m, PaymentMethod.Cash, null, "k", "cashier", DateTimeOffset.UtcNow);

        using var document = PdfReader.Open(new MemoryStream(_renderer.Render(bill, null)), PdfDocumentOpenMode.Import);

        Assert.Equal("Receipt INV-2026-000044", document.Info.Title);
    }
}
