using System.ComponentModel.DataAnnotations;

namespace Pms.Web.Components.Forms;

/// <summary>A code from an authenticator app, or a recovery code.</summary>
public sealed class CodeModel
{
    [Required(ErrorMessage = "Enter the code.")]
    public string Code { get; set; } = "";
}
