using System.ComponentModel.DataAnnotations;
using Pms.Contracts;

namespace Pms.Web.Components.Forms;

public sealed class NewUserModel
{
    /// <summary>Patients register themselves; administrators create the other accounts.</summary>
    public static IReadOnlyList<string> AssignableRoles { get; } = [PmsRoles.Staff, PmsRoles.Doctor, PmsRoles.Admin];

    [Required(ErrorMessage = "Enter the first name.")]
    [StringLength(100)]
    public string FirstName { get; set; } = "";

    [Required(ErrorMessage = "Enter the last name.")]
    [StringLength(100)]
    public string LastName { get; set; } = "";

    [Required(ErrorMessage = "Enter the email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a first password.")]
    [StringLength(128, MinimumLength = 12, ErrorMessage = "Use 12 to 128 characters.")]
    public string Password { get; set; } = "";

    [MinLength(1, ErrorMessage = "Choose at least one role.")]
    public IReadOnlyCollection<string> Roles { get; set; } = [PmsRoles.Staff];
}
