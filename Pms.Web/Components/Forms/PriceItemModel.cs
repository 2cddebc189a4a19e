using System.ComponentModel.DataAnnotations;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

public sealed class PriceItemModel
{
    [Required(ErrorMessage = "Enter a code.")]
    [RegularExpression("^[A-Za-z0-9-]{2,32}$", ErrorMessage = "A code has 2 to 32 letters, digits or dashes.")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(200)]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Choose the kind of bill.")]
    public string BillType { get; set; } = "Consultation";

    [Required(ErrorMessage = "Enter the price.")]
    [Amount(AllowZero = true)]
    public string? UnitPrice { get; set; }

    [Required(ErrorMessage = "Enter the currency.")]
    [RegularExpression("^[A-Za-z]{3}$", ErrorMessage = "A currency is a three-letter code such as USD.")]
    public string Currency { get; set; } = "USD";

    public bool IsActive { get; set; } = true;

    public static PriceItemModel From(PriceItem item) => new()
    {
        Code = item.Code,
        Name = item.Name,
        BillType = item.BillType,
        UnitPrice = AmountText.Write(item.UnitPrice),
        Currency = item.Currency,
        IsActive = item.IsActive,
    };

    public PriceItem ToPriceItem() => new(Code.Trim().ToUpperInvariant(), Name.Trim(), BillType, AmountText.Read(UnitPrice) ?? 0, Currency.Trim().ToUpperInvariant(), IsActive);
}
