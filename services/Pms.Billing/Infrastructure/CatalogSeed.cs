using Pms.Billing.Model;
using Pms.Billing.Services;

namespace Pms.Billing.Infrastructure;

/// <summary>The catalog a new hospital starts from; administrators change prices and add items.</summary>
public static class CatalogSeed
{
    public static IReadOnlyList<PriceItem> Items { get; } =
    [
        Item(BillingOptions.DefaultRegistrationFeeCode, "Patient registration fee", BillType.Registration, 25.00m),
        Item("CONS-GP", "General practitioner consultation", BillType.Consultation, 40.00m),
        Item("CONS-SPEC", "Specialist consultation", BillType.Consultation, 85.00m),
        Item("CONS-FU", "Follow-up consultation", BillType.Consultation, 25.00m),
        Item("LAB-CBC", "Complete blood count", BillType.Laboratory, 18.50m),
        Item("LAB-BMP", "Basic metabolic panel", BillType.Laboratory, 32.00m),
        Item("LAB-LIPID", "Lipid panel", BillType.Laboratory, 27.00m),
        Item("LAB-UA", "Urinalysis", BillType.Laboratory, 12.00m),
        Item("RAD-XR-CHEST", "Chest X-ray, two views", BillType.Radiology, 65.00m),
        Item("RAD-US-ABD", "Abdominal ultrasound", BillType.Radiology, 140.00m),
        Item("RAD-CT-HEAD", "CT head without contrast", BillType.Radiology, 320.00m),
        Item("PHA-AMOX-500", "Amoxicillin 500 mg capsule", BillType.Pharmacy, 0.45m),
        Item("PHA-PARA-500", "Paracetamol 500 mg tablet", BillType.Pharmacy, 0.10m),
        Item("PHA-IBU-400", "Ibuprofen 400 mg tablet", BillType.Pharmacy, 0.15m),
        Item("PRO-SUTURE", "Wound suturing, simple", BillType.Procedure, 95.00m),
        Item("PRO-ECG", "Electrocardiogram", BillType.Procedure, 45.00m),
        Item("PRO-IV", "Intravenous cannulation", BillType.Procedure, 20.00m),
        Item("ADM-WARD", "General ward bed, per day", BillType.Admission, 180.00m),
        Item("ADM-PRIVATE", "Private room, per day", BillType.Admission, 320.00m),
        Item("ADM-ICU", "Intensive care bed, per day", BillType.Admission, 1200.00m),
        Item("OTH-CERT", "Medical certificate", BillType.Other, 15.00m),
        Item("OTH-RECORDS", "Copy of medical records", BillType.Other, 10.00m),
    ];

    private static PriceItem Item(string code, string name, BillType billType, decimal unitPrice) => new()
    {
        Code = code,
        Name = name,
        BillType = billType,
        UnitPrice = unitPrice,
        Currency = BillingOptions.DefaultCurrency,
        IsActive = true,
    };
}
