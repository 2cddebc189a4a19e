using System.Net;
using Bunit;
using Pms.Contracts;
using Pms.Web.Components.Forms;
using Pms.Web.Gateway;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed class PatientDetailsFormTests : WebComponentTest
{
    private static readonly IdentifierType[] Kinds =
    [
        new("NationalId", "National ID", "urn:pms:national-id", "[A-Z0-9]{5,20}", "AB123456C"),
        new("InsuranceMemberId", "Insurance member ID", "urn:pms:insurance-member-id", "[A-Z0-9-]{4,30}", "XJH-4471-02"),
        new("Passport", "Passport", "urn:pms:passport", "[A-Z0-9]{6,9}", "533380006"),
    ];

    public PatientDetailsFormTests()
    {
        SignIn(PmsRoles.Staff);
        Gateway.Answer(HttpStatusCode.OK, Kinds);
    }

    [Fact]
    public void AWalkInNeedsNamesDateOfBirthAndSex()
    {
        var submitted = false;
        var form = Render<PatientDetailsForm>(parameters => parameters
            .Add(form => form.Model, new PatientDetailsModel())
            .Add(form => form.Submit, _ => { submitted = true; return Task.CompletedTask; }));
        // The identifier kinds load first, as they have long before a person could press Save.
        form.WaitForAssertion(() => Assert.False(form.Find("[data-testid=add-identifier]").HasAttribute("disabled")));

        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("Enter the first name.", form.Markup));
        form.WaitForAssertion(() => Assert.Contains("Enter the last name.", form.Markup));
        form.WaitForAssertion(() => Assert.Contains("Enter the date of birth.", form.Markup));
        Assert.False(submitted);
    }

    [Fact]
    public void AnErrorAboutTheEmergencyContactsPhoneIsShownThereAndNotAtThePatientsPhone()
    {
        var form = Render<PatientDetailsForm>(parameters => parameters
            .Add(form => form.Model, Complete())
            .Add(form => form.Submit, _ => throw new ApiProblemException(HttpStatusCode.BadRequest, "Invalid.",
                errors: new Dictionary<string, string[]> { ["emergencyContact.phoneNumber"] = ["That is not a phone number."] })));

        form.Find("form").Submit();

        form.WaitForAssertion(() =>
        {
            var field = form.FindAll(".mud-input-control").Single(control => control.TextContent.Contains("Contact phone number", StringComparison.Ordinal));
            Assert.Contains("That is not a phone number.", field.TextContent);
            var phone = form.FindAll(".mud-input-control").Single(control => control.QuerySelector("label")?.TextContent == "Phone number");
            Assert.DoesNotContain("That is not a phone number.", phone.TextContent);
        });
    }

    [Fact]
    public void AProblemWithoutFieldErrorsIsShownAboveTheForm()
    {
        var form = Render<PatientDetailsForm>(parameters => parameters
            .Add(form => form.Model, Complete())
            .Add(form => form.Submit, _ => throw new ApiProblemException(HttpStatusCode.Forbidden, "Patients may change only their contact details.")));

        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("Patients may change only their contact details.", form.Find("[data-testid=problem]").TextContent));
    }

    [Fact]
    public void ThePatientsOwnFormOffersOnlyContactFields()
    {
        var form = Render<PatientDetailsForm>(parameters => parameters
            .Add(form => form.Model, Complete())
            .Add(form => form.ContactOnly, true)
            .Add(form => form.Submit, _ => Task.CompletedTask));

        var labels = form.FindAll("label").Select(label => label.TextContent).ToList();

        Assert.DoesNotContain("First name", labels);
        Assert.DoesNotContain("Date of birth", labels);
        Assert.Contains("Phone number", labels);
        Assert.Contains("Address line 1", labels);
    }

    [Fact]
    public void BlankAddressAndEmergencyContactAreSentAsAbsent()
    {
        PatientDetails? sent = null;
        var form = Render<PatientDetailsForm>(parameters => parameters
            .Add(form => form.Model, Complete())
            .Add(form => form.Submit, details => { sent = details; return Task.CompletedTask; }));

        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.NotNull(sent));
        Assert.Null(sent!.Address);
        Assert.Null(sent.EmergencyContact);
        Assert.Equal(new DateOnly(1936, 12, 9), sent.DateOfBirth);
    }

    [Fact]
    public void ChangingOnlyThePhoneSendsBackTheRecordsIdentifiersStatusDateOfDeathAndLanguage()
    {
        var record = Recorded() with { Active = false, DeceasedOn = new DateOnly(1992, 1, 1), PreferredLanguage = "pt-BR" };
        PatientDetails? sent = null;
        var form = Render<PatientDetailsForm>(parameters => parameters
            .Add(form => form.Model, PatientDetailsModel.From(record))
            .Add(form => form.Submit, details => { sent = details; return Task.CompletedTask; }));

        form.Find("input[type=tel]").Change("+1 555 0199");
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.NotNull(sent));
        Assert.Equal("+1 555 0199", sent!.PhoneNumber);
        Assert.Equal(record.Identifiers, sent.Identifiers);
        Assert.False(sent.Active);
        Assert.Equal(new DateOnly(1992, 1, 1), sent.DeceasedOn);
        Assert.Equal("pt-BR", sent.PreferredLanguage);
        Assert.Equal(record.Version, sent.Version);
    }

    [Fact]
    public void AnIdentifierIsCheckedAgainstItsKindsFormatWithSpacesAndCaseIgnored()
    {
        PatientDetails? sent = null;
        var form = Render<PatientDetailsForm>(parameters => parameters
            .Add(form => form.Model, Complete())
            .Add(form => form.Submit, details => { sent = details; return Task.CompletedTask; }));
        form.WaitForAssertion(() => Assert.False(form.Find("button[data-testid=add-identifier]").HasAttribute("disabled")));

        form.Find("button[data-testid=add-identifier]").Click();
        form.Find("input[data-testid=identifier-value]").Change("ab 12");
        form.Find("form").Submit();

        Assert.Contains("This is not a National ID as written here (for example AB123456C).", ControlOf(form, "National ID").TextContent);
        Assert.Null(sent);

        form.Find("input[data-testid=identifier-value]").Change("ab 123 456 c");
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.NotNull(sent));
        Assert.Equal([new PatientIdentifier("NationalId", "AB123456C")], sent!.Identifiers);
    }

    [Fact]
    public void AServerErrorAboutTheSecondIdentifiersValueIsShownAtThatValue()
    {
        var form = Render<PatientDetailsForm>(parameters => parameters
            .Add(form => form.Model, PatientDetailsModel.From(Recorded()))
            .Add(form => form.Submit, _ => throw new ApiProblemException(HttpStatusCode.BadRequest, "Invalid.",
                errors: new Dictionary<string, string[]> { ["identifiers[1].value"] = ["This is not a Passport as written here."] })));
        form.WaitForAssertion(() => Assert.Equal("Passport", ControlOf(form, "Passport").QuerySelector("label")?.TextContent));

        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("This is not a Passport as written here.", ControlOf(form, "Passport").TextContent));
        Assert.DoesNotContain("This is not a Passport as written here.", ControlOf(form, "National ID").TextContent);
        Assert.Empty(form.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public void APatientSeesTheirIdentifiersWithoutFieldsToChangeThemAndSendsThemBackUnchanged()
    {
        PatientDetails? sent = null;
        var form = Render<PatientDetailsForm>(parameters => parameters
            .Add(form => form.Model, PatientDetailsModel.From(Recorded()))
            .Add(form => form.ContactOnly, true)
            .Add(form => form.Submit, details => { sent = details; return Task.CompletedTask; }));

        form.WaitForAssertion(() => Assert.Contains("National ID", form.Find("[data-testid=identifiers]").TextContent));
        Assert.Contains("AB123456C", form.Find("[data-testid=identifiers]").TextContent);
        Assert.DoesNotContain(form.FindAll("input"), input => input.GetAttribute("value") is "AB123456C" or "533380006");
        Assert.Empty(form.FindAll("[data-testid=add-identifier], [data-testid=remove-identifier], [data-testid=active], [data-testid=deceased-on]"));

        form.Find("input[data-testid=preferred-language]").Change("fr");
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.NotNull(sent));
        Assert.Equal(Recorded().Identifiers, sent!.Identifiers);
        Assert.Equal("fr", sent.PreferredLanguage);
    }

    private static AngleSharp.Dom.IElement ControlOf(IRenderedComponent<PatientDetailsForm> form, string label) =>
        form.FindAll(".mud-input-control").Single(control => control.QuerySelector("label")?.TextContent == label);

    private static Patient Recorded() => new(Guid.NewGuid(), "PMS-000042", "Grace", "Hopper", new DateOnly(1936, 12, 9), "Female", null, "+15550100",
        null, null, false, new RegistrationFee("Charged", null), DateTimeOffset.UtcNow, 7,
        [new PatientIdentifier("NationalId", "AB123456C"), new PatientIdentifier("Passport", "533380006")], true, null, "en", null);

    private static PatientDetailsModel Complete() => new()
    {
        FirstName = "Grace",
        LastName = "Hopper",
        DateOfBirth = new DateTime(1936, 12, 9),
        Sex = "Female",
        PhoneNumber = "+1 555 0100",
    };
}
