using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pms.Billing.Dtos;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
using Pms.Billing.Payments;
using Pms.Contracts.Audit;
using Pms.Contracts.Events;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.Messaging;
using Wolverine.EntityFrameworkCore;

namespace Pms.Billing.Services;

/// <summary>
/// Payments, voids and refunds. Each change and its events are saved together; the bill's row
/// version makes two cashiers taking the last payment at once retry against the new balance.
/// </summary>
public sealed class BillChanges(IDbContextOutbox<BillingDbContext> outbox, IPaymentProvider provider, AuditTrail audit, TimeProvider clock)
{
    private const int ConcurrencyAttempts = 5;

    private static readonly string[] DeskMethods = [.. Enum.GetNames<PaymentMethod>().Where(name => name != nameof(PaymentMethod.Online))];

    private BillingDbContext Db => outbox.DbContext;

    public async Task<BillOutcome> PayAsync(Guid billId, PaymentRequest request, string? idempotencyKey, Caller caller, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 100)
        {
            errors["Idempotency-Key"] = ["An Idempotency-Key header of 1 to 100 characters is required."];
        }

        var method = DeskMethods.FirstOrDefault(name => string.Equals(name, request.Method?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (method is null)
        {
            errors["method"] = string.Equals(request.Method?.Trim(), nameof(PaymentMethod.Online), StringComparison.OrdinalIgnoreCase)
                ? ["Online payments are taken by the payment provider's checkout, never recorded by hand."]
                : [$"The method must be one of {string.Join(", ", DeskMethods)}."];
        }

        if (request.Amount is null)
        {
            errors["amount"] = ["The amount is required."];
        }

        if (request.Reference is { Length: > 100 })
        {
            errors["reference"] = ["The reference has at most 100 characters."];
        }

        if (errors.Count > 0)
        {
            return new BillOutcome.Invalid(errors);
        }

        return await WithRetryAsync(billId, caller, AuditActions.Update, async bill =>
        {
            if (await Db.Set<Payment>().AsNoTracking().SingleOrDefaultAsync(
                    payment => payment.BillId == billId && payment.IdempotencyKey == idempotencyKey, cancellationToken) is { } earlier)
            {
                return new BillOutcome.Done<PaymentDto>(PaymentDto.From(earlier));
            }

            var payment = bill.RecordPayment(request.Amount!.Value, Enum.Parse<PaymentMethod>(method!), request.Reference?.Trim(), idempotencyKey!, caller.AccountReference, clock.GetUtcNow());
            await PublishPaymentAsync(bill, payment);
            return new BillOutcome.Done<PaymentDto>(PaymentDto.From(payment));
        }, cancellationToken);
    }

    public Task<BillOutcome> VoidAsync(Guid billId, string? reason, Caller caller, CancellationToken cancellationToken)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is { Length: > 500 })
        {
            return Task.FromResult<BillOutcome>(new BillOutcome.Invalid(new Dictionary<string, string[]> { ["reason"] = ["A reason has at most 500 characters."] }));
        }

        return WithRetryAsync(billId, caller, AuditActions.Update, async bill =>
        {
            bill.Void(reason);
            await outbox.PublishEventAsync(new BillVoided(bill.Id, bill.Number, bill.PatientId, bill.Total, bill.Currency));
            return BillOutcome.Ok(BillDto.From(bill));
        }, cancellationToken);
    }

    public async Task<BillOutcome> RefundAsync(Guid billId, RefundRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Amount is null)
        {
            errors["amount"] = ["The amount is required."];
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Trim().Length > 500)
        {
            errors["reason"] = ["A reason of 1 to 500 characters is required."];
        }

        if (errors.Count > 0)
        {
            return new BillOutcome.Invalid(errors);
        }

        // One id for every attempt: it is also the provider's idempotency key, so a retry never refunds twice.
        var refundId = Guid.CreateVersion7();
        return await WithRetryAsync(billId, caller, AuditActions.Update, async bill =>
        {
            var payment = bill.RefundTarget(request.PaymentId, request.Amount!.Value);
            var refund = bill.IssueRefund(refundId, request.Amount!.Value, request.Reason!.Trim(), payment, caller.AccountReference, clock.GetUtcNow());
            if (payment is { Method: PaymentMethod.Online, ProviderReference: { } reference })
            {
                refund.ProviderReference = await provider.RefundAsync(reference, refund.Amount, bill.Currency, refundId.ToString(), cancellationToken);
            }

            await outbox.PublishEventAsync(new RefundIssued(bill.Id, bill.Number, bill.PatientId, refund.Id, refund.Amount, refund.Reason, bill.Currency));
            return new BillOutcome.Done<RefundDto>(RefundDto.From(refund));
        }, cancellationToken);
    }

    /// <summary>
    /// Records what the provider took on a checkout, once per provider payment (a replayed webhook finds it
    /// recorded), and closes the checkout. Money beyond the balance is marked for refund; the caller sends it back.
    /// </summary>
    public Task<BillOutcome> RecordOnlinePaymentAsync(Checkout checkout, ProviderCheckout state, CancellationToken cancellationToken) =>
        WithRetryAsync(checkout.BillId, caller: null, AuditActions.Create, async bill =>
        {
            var stored = await Db.Checkouts.SingleAsync(candidate => candidate.Id == checkout.Id, cancellationToken);
            stored.Status = CheckoutStatus.Completed;
            stored.ClosedAt ??= clock.GetUtcNow();
            var key = Bill.OnlinePaymentKey(provider.Name, state.PaymentReference!);
            if (bill.Payments.SingleOrDefault(payment => payment.IdempotencyKey == key) is { } earlier)
            {
                return new BillOutcome.Done<PaymentDto>(PaymentDto.From(earlier));
            }

            var payment = bill.RecordOnlinePayment(state.Amount, provider.Name, state.PaymentReference!, clock.GetUtcNow());
            if (payment.Amount > 0)
            {
                await PublishPaymentAsync(bill, payment);
            }

            return new BillOutcome.Done<PaymentDto>(PaymentDto.From(payment));
        }, cancellationToken);

    private async Task PublishPaymentAsync(Bill bill, Payment payment)
    {
        await outbox.PublishEventAsync(new PaymentReceived(bill.Id, bill.Number, bill.PatientId, payment.Id, payment.Amount, payment.Method.ToString(), bill.Balance, bill.Currency));
        if (bill.Status == BillStatus.Paid)
        {
            await outbox.PublishEventAsync(new BillPaid(bill.Id, bill.Number, bill.PatientId, bill.Total, bill.Currency));
        }
    }

    /// <param name="caller">Who asks for the change, or null when billing makes it itself (a provider's payment).</param>
    /// <param name="action">What the change does, as the audit trail names it for a person's request.</param>
    private async Task<BillOutcome> WithRetryAsync(
        Guid billId, Caller? caller, string action, Func<Bill, Task<BillOutcome>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            Db.ChangeTracker.Clear();
            var bill = await Db.Bills.Include(candidate => candidate.Lines).Include(candidate => candidate.Payments).Include(candidate => candidate.Refunds)
                .AsSplitQuery()
                .SingleOrDefaultAsync(candidate => candidate.Id == billId, cancellationToken);
            // Again after a lost race: the record enlisted in the attempt that rolled back went with it.
            if (caller is not null && !audit.HasPending)
            {
                audit.Record(action, AuditResources.Bill, billId, bill?.PatientId);
            }

            if (bill is null || (caller is not null && !await caller.MaySeeAsync(Db, bill.PatientId, cancellationToken)))
            {
                return new BillOutcome.NotFound();
            }

            try
            {
                var outcome = await change(bill);
                if (outcome is not (BillOutcome.Invalid or BillOutcome.NotFound or BillOutcome.Refused))
                {
                    await audit.EnlistAsync(outbox, outcome is BillOutcome.Done<BillDto> ? StatusCodes.Status200OK : StatusCodes.Status201Created);
                }

                await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
                return outcome;
            }
            catch (PaymentProviderException unavailable)
            {
                return new BillOutcome.Refused(StatusCodes.Status502BadGateway, unavailable.Message);
            }
            catch (BillingRuleException violation)
            {
                return new BillOutcome.Refused(
                    violation.Kind == BillingRuleException.Kinds.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity,
                    violation.Message);
            }
            catch (DbUpdateException exception) when (attempt < ConcurrencyAttempts
                && (exception is DbUpdateConcurrencyException || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }))
            {
                // Another cashier changed the bill (or used the same key) first: start again from what is stored now.
            }
        }
    }
}
