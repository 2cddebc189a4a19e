using System.Net;
using Bunit;
using Pms.Web.Components.Forms;

namespace Pms.Web.Tests;

public sealed class LoginFormTests : WebComponentTest
{
    [Fact]
    public void SubmittingAnEmptyFormAsksForEmailAndPasswordWithoutCallingTheGateway()
    {
        var form = Render<LoginForm>();

        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("Enter your email address.", form.Markup));
        form.WaitForAssertion(() => Assert.Contains("Enter your password.", form.Markup));
        Assert.Empty(Gateway.Requests);
    }

    [Fact]
    public void AnEmailWithoutAnAtSignIsRejectedBeforeSending()
    {
        var form = Render<LoginForm>();

        form.Find("input[type=email]").Change("not-an-email");
        form.Find("input[type=password]").Change("a long enough password");
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("Enter a valid email address.", form.Markup));
        Assert.Empty(Gateway.Requests);
    }

    [Fact]
    public void WrongCredentialsSayTheEmailOrPasswordIsNotCorrect()
    {
        Gateway.AnswerProblem(HttpStatusCode.Unauthorized, "The email, password or token is not valid.");
        var form = Render<LoginForm>();

        SubmitCredentials(form);

        form.WaitForAssertion(() => Assert.Contains("Wrong email or password, or the account is temporarily locked.", form.Find("[data-testid=problem]").TextContent));
    }

    [Fact]
    public void AnAccountWithASecondFactorIsAskedForItsCodeWhichGoesWithTheMfaToken()
    {
        Gateway.Answer(HttpStatusCode.OK, new { mfaRequired = true, mfaToken = "the-mfa-token" })
            .AnswerProblem(HttpStatusCode.Unauthorized, "The email, password, code or token is not valid.");
        var form = Render<LoginForm>();

        SubmitCredentials(form);
        form.WaitForElement("input[data-testid=mfa-code]").Change("123456");
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("That code is not right.", form.Find("[data-testid=problem]").TextContent));
        Assert.Equal("/api/auth/login/mfa", Gateway.Requests[1].PathAndQuery);
        Assert.Contains("\"mfaToken\":\"the-mfa-token\"", Gateway.Requests[1].Body, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"123456\"", Gateway.Requests[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAccountThatMustEnrolIsShownItsSecretAsAQrCodeAndAKeyThenItsRecoveryCodes()
    {
        Gateway.Answer(HttpStatusCode.OK, new { mfaEnrollmentRequired = true, enrollmentToken = "the-enrolment-token" })
            .Answer(HttpStatusCode.OK, new { secret = "JBSWY3DPEHPK3PXP", otpauthUri = "otpauth://totp/PMS:staff%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=PMS" })
            .Answer(HttpStatusCode.OK, new { recoveryCodes = Enumerable.Range(1, 10).Select(index => $"code{index:D2}-abcde"), accessToken = "a", refreshToken = "r", expiresIn = 900, tokenType = "Bearer" });
        var form = Render<LoginForm>();

        SubmitCredentials(form);
        form.WaitForElement("[data-testid=totp-secret]");
        var qr = form.Find("[role=img]").InnerHtml;
        form.Find("input[data-testid=enrol-code]").Change("654321");
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Equal(10, form.FindAll("[data-testid=recovery-codes] li").Count));
        Assert.Contains("<svg", qr, StringComparison.Ordinal);
        Assert.Equal("Bearer the-enrolment-token", Gateway.Requests[1].Headers["Authorization"]);
        Assert.Equal("/api/auth/mfa/totp/confirm", Gateway.Requests[2].PathAndQuery);
        Assert.Equal("Bearer the-enrolment-token", Gateway.Requests[2].Headers["Authorization"]);
    }

    [Fact]
    public void RateLimitedSignInSaysWhenToTryAgain()
    {
        Gateway.AnswerProblem(HttpStatusCode.TooManyRequests, "Too many requests.", retryAfter: TimeSpan.FromSeconds(42));
        var form = Render<LoginForm>();

        SubmitCredentials(form);

        form.WaitForAssertion(() => Assert.Contains("Try again in 42 seconds.", form.Find("[data-testid=problem]").TextContent));
    }

    [Fact]
    public void ASignInRefusedWhileEveryPasswordCheckIsTakenSaysToTryAgainInASecond()
    {
        Gateway.AnswerProblem(HttpStatusCode.TooManyRequests, "Sign-in is busy.", retryAfter: TimeSpan.FromSeconds(1));
        var form = Render<LoginForm>();

        SubmitCredentials(form);

        form.WaitForAssertion(() => Assert.Equal(
            ("Too many sign-ins at the moment.", "Try again in 1 second."),
            (form.Find("[data-testid=problem] strong").TextContent.Trim(), form.Find("[data-testid=problem] span").TextContent.Trim())));
    }

    [Fact]
    public void AnUnreachableGatewaySaysPmsIsNotReachable()
    {
        Gateway.Unreachable();
        var form = Render<LoginForm>();

        SubmitCredentials(form);

        form.WaitForAssertion(() => Assert.Contains("PMS is not reachable right now.", form.Find("[data-testid=problem]").TextContent));
    }

    private static void SubmitCredentials(IRenderedComponent<LoginForm> form)
    {
        form.Find("input[type=email]").Change("patient@example.org");
        form.Find("input[type=password]").Change("a long enough password");
        form.Find("form").Submit();
    }
}
