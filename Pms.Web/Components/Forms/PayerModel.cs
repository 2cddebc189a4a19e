using System.ComponentModel.DataAnnotations;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

public sealed class PayerModel
{
    [Required(ErrorMessage = "Enter a code.")]
    [RegularExpression("^[A-Za-z0-9_-]{1,32}$", ErrorMessage = "A code has up to 32 letters, digits, dashes or underscores.")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter the payer's name.")]
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string Name { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public static PayerModel From(Payer payer) => new() { Code = payer.Code, Name = payer.Name, IsActive = payer.IsActive };

    public Payer ToPayer() => new(Code.Trim().ToUpperInvariant(), Name.Trim(), IsActive);
}
