using System.ComponentModel.DataAnnotations;
using Bunit;
using Pms.Contracts;
using Pms.Web.Components.Forms;

namespace Pms.Web.Tests;

public sealed class NewUserFormTests : WebComponentTest
{
    public NewUserFormTests() => SignIn(PmsRoles.Admin);

    [Fact]
    public void AnEmptyFormNamesEveryMissingField()
    {
        var form = Render<NewUserForm>();

        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("Enter the first name.", form.Markup));
        form.WaitForAssertion(() => Assert.Contains("Enter the email address.", form.Markup));
        form.WaitForAssertion(() => Assert.Contains("Choose a first password.", form.Markup));
        Assert.Empty(Gateway.Requests);
    }

    [Fact]
    public void AnAccountNeedsAtLeastOneRole()
    {
        var model = new NewUserModel { FirstName = "Sam", LastName = "Okafor", Email = "sam@pms.local", Password = "a staff member passphrase", Roles = [] };

        var errors = new List<ValidationResult>();
        Validator.TryValidateObject(model, new ValidationContext(model), errors, validateAllProperties: true);

        Assert.Contains(errors, error => error.ErrorMessage == "Choose at least one role.");
    }

    [Fact]
    public void PatientIsNotARoleAnAdministratorHandsOut()
    {
        Assert.DoesNotContain(PmsRoles.Patient, NewUserModel.AssignableRoles);
    }
}
