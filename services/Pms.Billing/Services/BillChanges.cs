using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pms.Billing.Dtos;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
using Pms.Billing.Payments;
using Pms.Contracts.Audit;
using Pms.Contracts.Events;
using Pms.ServiceDefaults.Apis;
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

    private BillingDbContext Db => outbox.DbContext;

    public async Task<Outcome<PaymentDto>> PayAsync(Guid billId, PaymentRequest request, string? idempotencyKey, Caller caller, CancellationToken cancellationToken)
    {
        var validation = BillChangeValidator.ValidatePayment(request, idempotencyKey);
        if (!validation.IsDone(out var valid))
        {
            return validation.Failed<PaymentDto>();
        }

        return await WithRetryAsync(billId, caller, AuditActions.Update, StatusCodes.Status201Created, async bill =>
        {
            if (await Db.Set<Payment>().AsNoTracking().SingleOrDefaultAsync(
                    payment => payment.BillId == billId && payment.IdempotencyKey == valid.IdempotencyKey, cancellationToken) is { } earlier)
            {
                // A replay answers with the payment it made; the same key for a different payment is a client's mistake, never a silent success.
                return earlier.Amount == valid.Amount && earlier.Method == valid.Method
                    ? PaymentDto.From(earlier)
                    : throw new BillingRuleException(BillingRuleException.Kinds.Unprocessable,
                        $"This Idempotency-Key already recorded a payment of {earlier.Amount:0.00} by {earlier.Method}; send a new key for another payment.");
            }

            var payment = bill.RecordPayment(valid.Amount, valid.Method, valid.Reference, valid.IdempotencyKey, caller.AccountReference, clock.GetUtcNow());
            await PublishPaymentAsync(bill, payment);
            return PaymentDto.From(payment);
        }, cancellationToken);
    }

    public async Task<Outcome<BillDto>> VoidAsync(Guid billId, string? reason, Caller caller, CancellationToken cancellationToken)
    {
        var validation = BillChangeValidator.ValidateVoidReason(reason);
        if (!validation.IsDone(out var validReason))
        {
            return validation.Failed<BillDto>();
        }

        return await WithRetryAsync(billId, caller, AuditActions.Update, StatusCodes.Status200OK, async bill =>
        {
            if (await Db.Claims.SingleOrDefaultAsync(claim => claim.BillId == bill.Id, cancellationToken) is { } claim)
            {
                // A draft asked the insurer nothing yet and goes with the bill; a claim the insurer has must be settled first.
                if (claim.Status != ClaimStatus.Draft)
                {
                    throw new BillingRuleException(BillingRuleException.Kinds.Conflict,
                        $"Claim {claim.Number} of this bill is {claim.Status}: a bill whose claim the insurer has cannot be voided.");
                }

                Db.Claims.Remove(claim);
            }

            bill.Void(validReason);
            await outbox.PublishEventAsync(new BillVoided(bill.Id, bill.Number, bill.PatientId, bill.Total, bill.Currency));
            return BillDto.From(bill);
        }, cancellationToken);
    }

    public async Task<Outcome<RefundDto>> RefundAsync(Guid billId, RefundRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var validation = BillChangeValidator.ValidateRefund(request);
        if (!validation.IsDone(out var valid))
        {
            return validation.Failed<RefundDto>();
        }

        // One id for every attempt: it is also the provider's idempotency key, so a retry never refunds twice.
        var refundId = Guid.CreateVersion7();
        return await WithRetryAsync(billId, caller, AuditActions.Update, StatusCodes.Status201Created, async bill =>
        {
            var payment = bill.RefundTarget(valid.PaymentId, valid.Amount);
            var refund = bill.IssueRefund(refundId, valid.Amount, valid.Reason, payment, caller.AccountReference, clock.GetUtcNow());
            if (payment is { Method: PaymentMethod.Online, ProviderReference: { } reference })
            {
                refund.ProviderReference = await provider.RefundAsync(reference, refund.Amount, bill.Currency, refundId.ToString(), cancellationToken);
            }

            await outbox.PublishEventAsync(new RefundIssued(bill.Id, bill.Number, bill.PatientId, refund.Id, refund.Amount, refund.Reason, bill.Currency));
            return RefundDto.From(refund);
        }, cancellationToken);
    }

    /// <summary>
    /// Records what the provider took on a checkout, once per provider payment (a replayed webhook finds it
    /// recorded), and closes the checkout. Money beyond the balance is marked for refund; the caller sends it back.
    /// </summary>
    public Task<Outcome<PaymentDto>> RecordOnlinePaymentAsync(Checkout checkout, ProviderCheckout state, CancellationToken cancellationToken) =>
        WithRetryAsync(checkout.BillId, caller: null, AuditActions.Create, StatusCodes.Status201Created, async bill =>
        {
            var stored = await Db.Checkouts.SingleAsync(candidate => candidate.Id == checkout.Id, cancellationToken);
            stored.Status = CheckoutStatus.Completed;
            stored.ClosedAt ??= clock.GetUtcNow();
            var key = Bill.OnlinePaymentKey(provider.Name, state.PaymentReference!);
            if (bill.Payments.SingleOrDefault(payment => payment.IdempotencyKey == key) is { } earlier)
            {
                return PaymentDto.From(earlier);
            }

            var payment = bill.RecordOnlinePayment(state.Amount, provider.Name, state.PaymentReference!, clock.GetUtcNow());
            if (payment.Amount > 0)
            {
                await PublishPaymentAsync(bill, payment);
            }

            return PaymentDto.From(payment);
        }, cancellationToken);

    public Task<Outcome<ClaimDto>> SubmitClaimAsync(Guid claimId, Caller caller, CancellationToken cancellationToken) =>
        ChangeClaimAsync(claimId, caller, async (claim, bill, payer) =>
        {
            claim.Submit(clock.GetUtcNow());
            await outbox.PublishEventAsync(new ClaimSubmitted(
                claim.Id, claim.Number, bill.Id, bill.Number, bill.PatientId, payer.Code, payer.Name, claim.Amount, claim.Currency));
        }, cancellationToken);

    public async Task<Outcome<ClaimDto>> RemitClaimAsync(Guid claimId, RemittanceRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var validation = ClaimValidator.ValidateRemittance(request);
        if (!validation.IsDone(out var valid))
        {
            return validation.Failed<ClaimDto>();
        }

        return await ChangeClaimAsync(claimId, caller, async (claim, bill, payer) =>
        {
            claim.Remit(valid.Lines, valid.Reference, clock.GetUtcNow());
            bill.TransferToPatient(claim.TransfersByLine());
            await outbox.PublishEventAsync(new ClaimPaid(
                claim.Id, claim.Number, bill.Id, bill.Number, bill.PatientId, payer.Code, payer.Name, claim.AmountPaid, claim.TransferredToPatient, claim.Currency));
        }, cancellationToken);
    }

    public async Task<Outcome<ClaimDto>> DenyClaimAsync(Guid claimId, DenialRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var validation = ClaimValidator.ValidateDenial(request);
        if (!validation.IsDone(out var reason))
        {
            return validation.Failed<ClaimDto>();
        }

        return await ChangeClaimAsync(claimId, caller, async (claim, bill, payer) =>
        {
            claim.Deny(reason, clock.GetUtcNow());
            bill.TransferToPatient(claim.TransfersByLine());
            await outbox.PublishEventAsync(new ClaimDenied(
                claim.Id, claim.Number, bill.Id, bill.Number, bill.PatientId, payer.Code, payer.Name, claim.Amount, reason, claim.Currency));
        }, cancellationToken);
    }

    /// <summary>A change of a claim, saved with the change it makes to its bill, retried like any change of the bill.</summary>
    private async Task<Outcome<ClaimDto>> ChangeClaimAsync(
        Guid claimId, Caller caller, Func<Claim, Bill, Payer, Task> change, CancellationToken cancellationToken)
    {
        var billId = await Db.Claims.Where(claim => claim.Id == claimId).Select(claim => (Guid?)claim.BillId).SingleOrDefaultAsync(cancellationToken);
        if (billId is null)
        {
            return ClaimQueries.NoSuchClaim;
        }

        return await WithRetryAsync(billId.Value, caller, AuditActions.Update, StatusCodes.Status200OK, async bill =>
        {
            var claim = await Db.Claims.Include(candidate => candidate.Lines).SingleAsync(candidate => candidate.Id == claimId, cancellationToken);
            var payer = await Db.Payers.SingleAsync(candidate => candidate.Code == claim.PayerCode, cancellationToken);
            await change(claim, bill, payer);
            return ClaimDto.From(claim);
        }, cancellationToken);
    }

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
    /// <param name="status">The HTTP status the audit trail records when the change is made.</param>
    private async Task<Outcome<T>> WithRetryAsync<T>(
        Guid billId, Caller? caller, string action, int status, Func<Bill, Task<T>> change, CancellationToken cancellationToken)
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
                return BillVisibility.NoSuchBill;
            }

            try
            {
                var changed = await change(bill);
                await audit.EnlistAsync(outbox, status);
                await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
                return changed;
            }
            catch (PaymentProviderException unavailable)
            {
                return Refusal.BadGateway(unavailable.Message);
            }
            catch (BillingRuleException violation)
            {
                return violation.Kind == BillingRuleException.Kinds.Conflict ? Refusal.Conflict(violation.Message) : Refusal.Unprocessable(violation.Message);
            }
            catch (DbUpdateException exception) when (attempt < ConcurrencyAttempts
                && (exception is DbUpdateConcurrencyException || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }))
            {
                // Another cashier changed the bill (or used the same key) first: start again from what is stored now.
                await outbox.DiscardUnsavedAsync();
            }
        }
    }
}
