using System.Net;
using Bunit;
using Pms.Contracts;
using Pms.Web.Components.Forms;

namespace Pms.Web.Tests;

public sealed class AccountSecurityFormsTests : WebComponentTest
{
    [Fact]
    public void AWrongCurrentPasswordIsShownAtItsFieldAndARightOneSaysTheOtherSessionsEnded()
    {
        SignIn(PmsRoles.Patient);
        Gateway.AnswerProblem(HttpStatusCode.BadRequest, "One or more validation errors occurred.",
                errors: new Dictionary<string, string[]> { ["currentPassword"] = ["The current password is not right."] })
            .Answer(HttpStatusCode.NoContent);
        var form = Render<ChangePasswordForm>();

        Fill(form, "not my password at all");
        form.WaitForAssertion(() => Assert.Contains("The current password is not right.", form.Markup));
        Fill(form, "my old and memorable passphrase");

        form.WaitForAssertion(() => Assert.Contains("Your other sessions have ended", form.Find("[data-testid=password-changed]").TextContent));
        Assert.Equal("/api/auth/password", Gateway.Requests[^1].PathAndQuery);
        Assert.Contains("\"newPassword\":\"a brand new memorable passphrase\"", Gateway.Requests[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void MismatchedNewPasswordsAreRefusedBeforeSending()
    {
        SignIn(PmsRoles.Patient);
        var form = Render<ChangePasswordForm>();
        var fields = form.FindAll("input[type=password]");
        fields[0].Change("my old and memorable passphrase");
        fields[1].Change("a brand new memorable passphrase");
        fields[2].Change("a different memorable passphrase");

        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("The passwords do not match.", form.Markup));
        Assert.Empty(Gateway.Requests);
    }

    [Fact]
    public void ASignedInPersonSetsUpAnAuthenticatorAndIsShownTheirRecoveryCodes()
    {
        SignIn(PmsRoles.Patient);
        Gateway.Answer(HttpStatusCode.OK, new { secret = "JBSWY3DPEHPK3PXP", otpauthUri = "otpauth://totp/PMS:patient%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=PMS" })
            .Answer(HttpStatusCode.OK, new { recoveryCodes = Enumerable.Range(1, 10).Select(index => $"code{index:D2}-abcde") });
        var section = Render<NewAuthenticator>();

        section.Find("[data-testid=set-up-authenticator]").Click();
        section.WaitForElement("[data-testid=totp-secret]");
        section.Find("input[data-testid=enrol-code]").Change("654321");
        section.Find("form").Submit();
        section.WaitForAssertion(() => Assert.Equal(10, section.FindAll("[data-testid=recovery-codes] li").Count));
        section.Find("[data-testid=continue-after-codes]").Click();

        Assert.Contains("sign-ins now ask for its code", section.Find("[data-testid=authenticator-added]").TextContent);
        Assert.Equal(["/api/auth/mfa/totp/setup", "/api/auth/mfa/totp/confirm"], Gateway.Requests.Select(request => request.PathAndQuery));
        Assert.Equal("Bearer access-token", Gateway.Requests[0].Headers["Authorization"]);
    }

    private static void Fill(IRenderedComponent<ChangePasswordForm> form, string currentPassword)
    {
        var fields = form.FindAll("input[type=password]");
        fields[0].Change(currentPassword);
        fields[1].Change("a brand new memorable passphrase");
        fields[2].Change("a brand new memorable passphrase");
        form.Find("form").Submit();
    }
}
