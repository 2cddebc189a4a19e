using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Billing.Dtos;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
using Pms.Billing.Services;
using Pms.Contracts.Audit;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Billing.Payments;

/// <summary>
/// Checkouts at the payment provider and what comes back from it: the webhook, or reconciliation when
/// the webhook never came. A bill changes only when the provider says money was taken.
/// </summary>
public sealed class OnlinePayments(
    BillingDbContext db,
    BillChanges changes,
    AuditTrail audit,
    IPaymentProvider provider,
    IOptions<PaymentOptions> options,
    PaymentMetrics metrics,
    TimeProvider clock,
    ILogger<OnlinePayments> logger)
{
    private const int MaxReturnUrlLength = 2000;

    /// <summary>A checkout minutes from its end is not handed out again: the patient would run out of time on the page.</summary>
    private static readonly TimeSpan HandOutMargin = TimeSpan.FromMinutes(5);

    public async Task<Outcome<CheckoutDto>> StartCheckoutAsync(Guid billId, StartCheckoutRequest request, Caller caller, CancellationToken cancellationToken)
    {
        if (ReturnUrl(request.ReturnUrl) is not { } returnUrl)
        {
            return FieldErrors.Of("returnUrl", $"An absolute http or https URL of at most {MaxReturnUrlLength} characters is required.");
        }

        var bill = await db.Bills.AsNoTracking().SingleOrDefaultAsync(candidate => candidate.Id == billId, cancellationToken);
        audit.Record(AuditActions.Update, AuditResources.Bill, billId, bill?.PatientId);
        if (bill is null || !await caller.MaySeeAsync(db, bill.PatientId, cancellationToken))
        {
            return BillVisibility.NoSuchBill;
        }

        if (bill.Status is not (BillStatus.Issued or BillStatus.PartiallyPaid) || bill.Balance <= 0)
        {
            return Refusal.Conflict($"This bill takes no payment: it is {bill.Status}.");
        }

        var now = clock.GetUtcNow();
        var open = await db.Checkouts.Where(checkout => checkout.BillId == billId && checkout.Status == CheckoutStatus.Open).ToListAsync(cancellationToken);
        if (open.FirstOrDefault(checkout => checkout.Amount == bill.Balance && checkout.TakesPaymentAt(now + HandOutMargin)) is { } current)
        {
            return CheckoutDto.From(current);
        }

        // A checkout for another amount (the desk took part of the balance since) must not take money any more;
        // its expiry event, or reconciliation, closes its row.
        foreach (var stale in open)
        {
            try
            {
                await provider.ExpireCheckoutAsync(stale.SessionId, cancellationToken);
            }
            catch (PaymentProviderException failure)
            {
                metrics.ProviderFailed("expire");
                logger.LogWarning(failure, "Checkout {SessionId} of bill {BillId} could not be closed; reconciliation will look at it.", stale.SessionId, billId);
            }
        }

        var checkoutId = Guid.CreateVersion7();
        ProviderCheckout created;
        try
        {
            created = await provider.CreateCheckoutAsync(
                new CheckoutRequest(checkoutId, bill.Id, bill.Number, bill.Balance, bill.Currency, returnUrl, now + options.Value.CheckoutLifetime), cancellationToken);
        }
        catch (PaymentProviderException failure)
        {
            metrics.ProviderFailed("create-checkout");
            logger.LogError(failure, "The payment provider refused a checkout for bill {BillId}.", billId);
            return Refusal.BadGateway("The payment provider is not available; try again in a moment.");
        }

        var checkout = new Checkout
        {
            Id = checkoutId,
            BillId = bill.Id,
            SessionId = created.SessionId,
            Url = created.Url ?? "",
            Amount = created.Amount,
            Currency = created.Currency,
            Status = CheckoutStatus.Open,
            CreatedAt = now,
            ExpiresAt = created.ExpiresAt,
            CreatedBy = caller.AccountReference,
        };
        db.Checkouts.Add(checkout);
        await db.SaveChangesAsync(cancellationToken);
        return CheckoutDto.From(checkout);
    }

    /// <summary>Takes what the provider says about one of our checkouts: money taken, or the checkout expired.</summary>
    public async Task ApplyAsync(ProviderCheckout state, CancellationToken cancellationToken)
    {
        var checkout = await db.Checkouts.AsNoTracking().SingleOrDefaultAsync(candidate => candidate.SessionId == state.SessionId, cancellationToken);
        if (checkout is null)
        {
            logger.LogWarning("The payment provider spoke of checkout {SessionId}, which PMS never opened.", state.SessionId);
            return;
        }

        switch (state.State)
        {
            case ProviderCheckoutState.Paid:
                var outcome = await changes.RecordOnlinePaymentAsync(checkout, state, cancellationToken);
                if (!outcome.IsDone(out var payment))
                {
                    throw new InvalidOperationException($"Checkout {state.SessionId} was paid but its payment could not be recorded: {outcome}.");
                }

                if (payment.ExcessRefunded > 0 && payment.ExcessRefundReference is null)
                {
                    await RefundExcessAsync(payment.Id, cancellationToken);
                }

                break;
            case ProviderCheckoutState.Expired:
                await db.Checkouts.Where(candidate => candidate.Id == checkout.Id && candidate.Status == CheckoutStatus.Open)
                    .ExecuteUpdateAsync(update => update.SetProperty(candidate => candidate.Status, CheckoutStatus.Expired)
                        .SetProperty(candidate => candidate.ClosedAt, clock.GetUtcNow()), cancellationToken);
                break;
        }
    }

    /// <summary>
    /// Asks the provider about checkouts nobody has heard of for a while and records what they took,
    /// so a lost webhook loses no money; and sends back excess money whose refund failed before.
    /// </summary>
    public async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var quietSince = now - options.Value.ReconcileAfter;
        var unsettled = await db.Checkouts.AsNoTracking()
            .Where(checkout => checkout.Status == CheckoutStatus.Open && (checkout.CreatedAt < quietSince || checkout.ExpiresAt < now))
            .OrderBy(checkout => checkout.CreatedAt).Take(100).ToListAsync(cancellationToken);
        foreach (var checkout in unsettled)
        {
            ProviderCheckout state;
            try
            {
                state = await provider.GetCheckoutAsync(checkout.SessionId, cancellationToken);
            }
            catch (PaymentProviderException failure)
            {
                metrics.ProviderFailed("get-checkout");
                logger.LogWarning(failure, "Reconciliation could not look up checkout {SessionId}.", checkout.SessionId);
                continue;
            }

            if (state.State == ProviderCheckoutState.Paid)
            {
                metrics.RecordedByReconciliation();
                logger.LogWarning("Checkout {SessionId} of bill {BillId} was paid ({PaymentReference}) but no webhook said so; reconciliation records it.",
                    checkout.SessionId, checkout.BillId, state.PaymentReference);
            }

            await ApplyAsync(state, cancellationToken);
        }

        var unrefunded = await db.Set<Payment>().AsNoTracking()
            .Where(payment => payment.ExcessRefunded > 0 && payment.ExcessRefundReference == null)
            .Select(payment => payment.Id).Take(100).ToListAsync(cancellationToken);
        foreach (var paymentId in unrefunded)
        {
            await RefundExcessAsync(paymentId, cancellationToken);
        }
    }

    private async Task RefundExcessAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        var payment = await db.Set<Payment>().SingleAsync(candidate => candidate.Id == paymentId, cancellationToken);
        var currency = await db.Bills.Where(bill => bill.Id == payment.BillId).Select(bill => bill.Currency).SingleAsync(cancellationToken);
        try
        {
            payment.ExcessRefundReference = await provider.RefundAsync(
                payment.ProviderReference!, payment.ExcessRefunded, currency, $"excess-{payment.Id}", cancellationToken);
        }
        catch (PaymentProviderException failure)
        {
            metrics.ProviderFailed("refund-excess");
            logger.LogError(failure, "{Amount} {Currency} taken beyond the balance of bill {BillId} could not be refunded yet; reconciliation retries.",
                payment.ExcessRefunded, currency, payment.BillId);
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        metrics.ExcessRefunded();
        logger.LogWarning("{Amount} {Currency} taken beyond the balance of bill {BillId} went back through the provider as {RefundReference}.",
            payment.ExcessRefunded, currency, payment.BillId, payment.ExcessRefundReference);
    }

    private Uri? ReturnUrl(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return options.Value.DefaultReturnUrl;
        }

        return requested.Length <= MaxReturnUrlLength && Uri.TryCreate(requested.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : null;
    }
}
