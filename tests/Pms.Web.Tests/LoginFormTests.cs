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

        Assert.Contains("Enter your email address.", form.Markup);
        Assert.Contains("Enter your password.", form.Markup);
        Assert.Empty(Gateway.Requests);
    }

    [Fact]
    public void AnEmailWithoutAnAtSignIsRejectedBeforeSending()
    {
        var form = Render<LoginForm>();

        form.Find("input[type=email]").Change("not-an-email");
        form.Find("input[type=password]").Change("a long enough password");
        form.Find("form").Submit();

        Assert.Contains("Enter a valid email address.", form.Markup);
        Assert.Empty(Gateway.Requests);
    }

    [Fact]
    public void WrongCredentialsSayTheEmailOrPasswordIsNotCorrect()
    {
        Gateway.AnswerProblem(HttpStatusCode.Unauthorized, "The email, password or token is not valid.");
        var form = Render<LoginForm>();

        SubmitCredentials(form);

        form.WaitForAssertion(() => Assert.Contains("The email or password is not correct.", form.Find("[data-testid=problem]").TextContent));
    }

    [Fact]
    public void ALockedAccountSaysItIsLockedAndUntilWhen()
    {
        Gateway.AnswerProblem(HttpStatusCode.Locked, "This account is locked.", "Too many failed sign-ins; try again after 2026-11-28 19:15:00Z.");
        var form = Render<LoginForm>();

        SubmitCredentials(form);

        form.WaitForAssertion(() =>
        {
            var problem = form.Find("[data-testid=problem]").TextContent;
            Assert.Contains("This account is locked.", problem);
            Assert.Contains("try again after 2026-11-28 19:15:00Z", problem);
        });
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
