namespace Pms.Billing.Invoices;

/// <summary>Section <c>Billing:Invoice</c>: what the hospital prints on invoices and receipts.</summary>
public sealed class InvoiceOptions
{
    public const string SectionName = "Billing:Invoice";

    public string HospitalName { get; set; } = "PMS General Hospital";

    public string HospitalAddress { get; set; } = "1 Hospital Road, Springfield";

    /// <summary>Where DejaVuSans.ttf and DejaVuSans-Bold.ttf are (Debian's fonts-dejavu-core).</summary>
    public string FontDirectory { get; set; } = "/usr/share/fonts/truetype/dejavu";
}
