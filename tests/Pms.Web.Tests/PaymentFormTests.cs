using System.Net;
using Bunit;
using Pms.Contracts;
using Pms.Web.Components.Forms;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed class PaymentFormTests : WebComponentTest
{
    private static readonly Bill Bill = new(Guid.NewGuid(), "INV-2026-000007", Guid.NewGuid(), "Consultation", [], 80, 0, null, 0, 80, 0, 0, 80,
        "USD", "Issued", null, DateTimeOffset.UtcNow, [], []);

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
    [InlineData(0)]
    [InlineData(-5)]
    public void TheAmountMustBePositive(decimal amount)
    {
        var model = new PaymentModel { Amount = amount };

        var errors = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        System.ComponentModel.DataAnnotations.Validator.TryValidateObject(
            model, new System.ComponentModel.DataAnnotations.ValidationContext(model), errors, validateAllProperties: true);

        Assert.Contains(errors, error => error.ErrorMessage == "The amount must be positive.");
    }
}
