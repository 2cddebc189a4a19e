using System.Net;
using Bunit;
using Pms.Contracts;
using Pms.Web.Components.Forms;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed class PaymentFormTests : WebComponentTest
{
    private static readonly Bill Bill = new(Guid.NewGuid(), "INV-2026-000007", Guid.NewGuid(), "Consultation", [], 80, 0, null, 0, 80, 0, 0, 80,
        "USD", "Issued", null, null, DateTimeOffset.UtcNow, [], []);

    public PaymentFormTests() => SignIn(PmsRoles.Staff);

    [Fact]
    public void ARetryAfterAFailureSendsTheSameIdempotencyKeySoThePaymentIsTakenOnce()
    {
        Gateway.Unreachable().Answer(HttpStatusCode.Created, new Payment(Guid.NewGuid(), 80, "Cash", null, DateTimeOffset.UtcNow));
        var form = Render<PaymentForm>(parameters => parameters.Add(form => form.Bill, Bill));

        form.Find("form").Submit();
        form.WaitForAssertion(() => Assert.Contains("PMS is not reachable right now.", form.Find("[data-testid=problem]").TextContent));
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Equal(2, Gateway.Requests.Count));
        Assert.Equal(Gateway.Requests[0].Headers["Idempotency-Key"], Gateway.Requests[1].Headers["Idempotency-Key"]);
        Assert.Equal("Bearer access-token", Gateway.Requests[1].Headers["Authorization"]);
        Assert.Equal("203.0.113.9", Gateway.Requests[1].Headers["X-Forwarded-For"]);
    }

    [Fact]
    public void AnAmountAboveTheBalanceShowsBillingsAnswer()
    {
        Gateway.AnswerProblem(HttpStatusCode.UnprocessableEntity, "The payment exceeds the balance of 80.00 USD.");
        var form = Render<PaymentForm>(parameters => parameters.Add(form => form.Bill, Bill));

        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("exceeds the balance", form.Find("[data-testid=problem]").TextContent));
    }

    [Fact]
    public void TheFormOffersTheWholeBalance()
    {
        var form = Render<PaymentForm>(parameters => parameters.Add(form => form.Bill, Bill));

        Assert.Equal("80.00", form.Find("input").GetAttribute("value"));
    }

    [Theory]
    [InlineData("0", "The amount must be more than zero.")]
    [InlineData("-5", "An amount cannot be negative.")]
    [InlineData("80.01", "At most the balance, 80.00, can be paid.")]
    [InlineData("12,50", "Write the amount like 1,234.50.")]
    public void AnAmountThatCannotBeTakenIsRefusedOnTheFormAndNothingIsSent(string amount, string message)
    {
        var form = Render<PaymentForm>(parameters => parameters.Add(form => form.Bill, Bill));

        form.Find("input[data-testid=payment-amount]").Change(amount);
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains(message, form.Markup));
        Assert.Empty(Gateway.Requests);
    }

    [Fact]
    public void AfterAPartialPaymentTheFormOffersWhatIsLeft()
    {
        var form = Render<PaymentForm>(parameters => parameters.Add(form => form.Bill, Bill));
        form.Find("input[data-testid=payment-amount]").Change("30");

        form.Render(parameters => parameters.Add(form => form.Bill, Bill with { AmountPaid = 30, Balance = 50, Status = "PartiallyPaid" }));

        Assert.Equal("50.00", form.Find("input[data-testid=payment-amount]").GetAttribute("value"));
    }
}
