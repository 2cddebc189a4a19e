using System.Net;
using Bunit;
using Pms.Web.Components.Forms;

namespace Pms.Web.Tests;

public sealed class RegistrationFormTests : WebComponentTest
{
    [Fact]
    public void DifferentPasswordsAreRejectedBeforeSending()
    {
        var form = Render<RegistrationForm>();

        Fill(form, password: "correct horse battery staple", repeated: "correct horse battery stapler");

        form.WaitForAssertion(() => Assert.Contains("The passwords do not match.", form.Markup));
        Assert.Empty(Gateway.Requests);
    }

    [Fact]
    public void APasswordShorterThanTwelveCharactersIsRejectedBeforeSending()
    {
        var form = Render<RegistrationForm>();

        Fill(form, password: "too short", repeated: "too short");

        form.WaitForAssertion(() => Assert.Contains("Use 12 to 128 characters", form.Markup));
        Assert.Empty(Gateway.Requests);
    }

    [Fact]
    public void AuthServicesFieldErrorsAreShownNextToTheirFields()
    {
        Gateway.AnswerProblem(HttpStatusCode.BadRequest, "One or more validation errors occurred.",
            errors: new Dictionary<string, string[]> { ["password"] = ["This password is too common."], ["email"] = ["This email is taken."] });
        var form = Render<RegistrationForm>();

        Fill(form, password: "correct horse battery staple", repeated: "correct horse battery staple");

        form.WaitForAssertion(() =>
        {
            var errors = form.FindAll(".mud-input-error").Select(error => error.TextContent).ToList();
            Assert.Contains(errors, error => error.Contains("This password is too common.", StringComparison.Ordinal));
            Assert.Contains(errors, error => error.Contains("This email is taken.", StringComparison.Ordinal));
        });
        var request = Assert.Single(Gateway.Requests);
        Assert.Equal("/api/auth/register", request.PathAndQuery);
        Assert.Contains("\"dateOfBirth\":\"1984-03-27\"", request.Body, StringComparison.Ordinal);
    }

    private static void Fill(IRenderedComponent<RegistrationForm> form, string password, string repeated)
    {
        form.Find("input[autocomplete=given-name]").Change("Ada");
        form.Find("input[autocomplete=family-name]").Change("Lovelace");
        form.Find("input[type=email]").Change("ada@example.org");
        form.Find("input[autocomplete=bday]").Change("1984-03-27");
        var passwords = form.FindAll("input[type=password]");
        passwords[0].Change(password);
        passwords[1].Change(repeated);
        form.Find("form").Submit();
    }
}
