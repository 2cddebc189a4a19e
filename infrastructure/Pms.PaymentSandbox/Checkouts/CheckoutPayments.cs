using Pms.PaymentSandbox.StripeApi;
using Pms.PaymentSandbox.Webhooks;

namespace Pms.PaymentSandbox.Checkouts;

/// <summary>A card presented on a session's page: the money is taken once, and the event tells the merchant.</summary>
public sealed class CheckoutPayments(WebhookQueue webhooks, ILogger<CheckoutPayments> logger)
{
    public (PaymentOutcome Outcome, string? PaymentIntentId) Pay(CheckoutSession session, string? cardNumber)
    {
        var outcome = TestCards.Outcome(cardNumber);
        lock (session)
        {
            if (session.Status == CheckoutStatus.Expired)
            {
                return (PaymentOutcome.Expired, null);
            }

            if (session.Status == CheckoutStatus.Complete)
            {
                return (PaymentOutcome.AlreadyPaid, session.PaymentIntentId);
            }

            if (outcome != PaymentOutcome.Succeeded)
            {
                logger.LogInformation("Checkout {SessionId}: card refused ({Outcome}).", session.Id, outcome);
                return (outcome, null);
            }

            session.PaymentIntentId = CheckoutStore.NewId("pi");
            session.Status = CheckoutStatus.Complete;
        }

        logger.LogInformation("Checkout {SessionId}: {Amount} {Currency} taken as {PaymentIntentId}.", session.Id, session.AmountTotal, session.Currency, session.PaymentIntentId);
        webhooks.Enqueue(StripeObjects.Event("checkout.session.completed", StripeObjects.Session(session)));
        return (outcome, session.PaymentIntentId);
    }

    public static string Describe(PaymentOutcome outcome) => outcome switch
    {
        PaymentOutcome.Succeeded => "Payment succeeded.",
        PaymentOutcome.Declined => "Your card was declined.",
        PaymentOutcome.InsufficientFunds => "Your card has insufficient funds.",
        PaymentOutcome.IncorrectNumber => "Your card number is incorrect.",
        PaymentOutcome.Expired => "This checkout has expired; start the payment again.",
        PaymentOutcome.AlreadyPaid => "This checkout is already paid.",
        _ => outcome.ToString(),
    };

    public static string Code(PaymentOutcome outcome) => outcome switch
    {
        PaymentOutcome.InsufficientFunds => "insufficient_funds",
        PaymentOutcome.IncorrectNumber => "incorrect_number",
        PaymentOutcome.AlreadyPaid => "already_paid",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
