using System.Globalization;
using System.Net;
using Pms.PaymentSandbox.Checkouts;

namespace Pms.PaymentSandbox.Hosted;

/// <summary>The hosted payment page a checkout's URL opens: the amount, a card number, Pay.</summary>
public static class CheckoutPage
{
    public static IEndpointRouteBuilder MapCheckoutPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/checkout/{id}", Show);
        endpoints.MapPost("/checkout/{id}", Pay).DisableAntiforgery();
        return endpoints;
    }

    public static IResult Show(string id, CheckoutStore store) =>
        store.Find(id) is { } session ? Page(session, null) : Results.NotFound();

    public static async Task<IResult> Pay(string id, HttpRequest request, CheckoutStore store, CheckoutPayments payments)
    {
        if (store.Find(id) is not { } session)
        {
            return Results.NotFound();
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var (outcome, _) = payments.Pay(session, form["cardNumber"]);
        return outcome is PaymentOutcome.Succeeded or PaymentOutcome.AlreadyPaid && session.SuccessUrl is { Length: > 0 } successUrl
            ? Results.Redirect(successUrl.Replace("{CHECKOUT_SESSION_ID}", session.Id, StringComparison.Ordinal))
            : Page(session, CheckoutPayments.Describe(outcome));
    }

    private static IResult Page(CheckoutSession session, string? message)
    {
        var amount = (session.AmountTotal / 100m).ToString("N2", CultureInfo.InvariantCulture);
        var currency = session.Currency.ToUpperInvariant();
        var alert = message is null ? "" : $"""<p role="alert" class="alert">{WebUtility.HtmlEncode(message)}</p>""";
        var form = session.Status == CheckoutStatus.Open
            ? $"""
              <form method="post">
                <label for="cardNumber">Card number</label>
                <input id="cardNumber" name="cardNumber" inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242" required>
                <button type="submit">Pay {currency} {amount}</button>
              </form>
              """
            : $"""<p role="status">{(session.Status == CheckoutStatus.Complete ? "This checkout is paid." : "This checkout has expired; start the payment again.")}</p>""";
        var back = session.CancelUrl is { Length: > 0 } cancelUrl && session.Status == CheckoutStatus.Open
            ? $"""<p><a href="{WebUtility.HtmlEncode(cancelUrl)}">Cancel and go back</a></p>"""
            : "";
        return Results.Content($$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Pay {{currency}} {{amount}} — payment sandbox</title>
              <style>
                body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem; color: #1b1f24; }
                label, input, button { display: block; width: 100%; box-sizing: border-box; font-size: 1rem; }
                input { padding: .6rem; margin: .4rem 0 1rem; border: 1px solid #8a8f98; border-radius: .3rem; }
                button { padding: .7rem; background: #2b59c3; color: #fff; border: 0; border-radius: .3rem; cursor: pointer; }
                .alert { background: #fdecea; border: 1px solid #d93025; padding: .6rem; border-radius: .3rem; }
                .note { color: #555; font-size: .85rem; }
              </style>
            </head>
            <body>
              <h1>Pay {{currency}} {{amount}}</h1>
              <p class="note">Payment sandbox: no real money moves. Test cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined, 4000 0000 0000 9995 has insufficient funds.</p>
              {{alert}}
              {{form}}
              {{back}}
            </body>
            </html>
            """, "text/html; charset=utf-8");
    }
}
