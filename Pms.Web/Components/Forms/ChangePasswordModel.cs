using System.ComponentModel.DataAnnotations;

namespace Pms.Web.Components.Forms;

public sealed class ChangePasswordModel
{
    [Required(ErrorMessage = "Enter your current password.")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Choose a new password.")]
    [StringLength(128, MinimumLength = 12, ErrorMessage = "Use 12 to 128 characters; a few unrelated words make a strong password.")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Repeat the new password.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The passwords do not match.")]
    public string ConfirmPassword { get; set; } = "";
}
