namespace Pms.Billing.Model;

public sealed class Bill
{
    public Guid Id { get; set; }

    /// <summary>Readable and sequential, e.g. <c>INV-2026-000123</c>.</summary>
    public string Number { get; set; } = "";

    public Guid PatientId { get; set; }

    public BillType BillType { get; set; }

    public BillStatus Status { get; set; }

    public string Currency { get; set; } = "";

    public decimal Subtotal { get; set; }

    public decimal Discount { get; set; }

    public decimal Tax { get; set; }

    public decimal Total { get; set; }

    public decimal AmountPaid { get; set; }

    public decimal AmountRefunded { get; set; }

    /// <summary>What the patient's insurer pays of the bill (the sum of the lines' shares); the patient owes the rest.</summary>
    public decimal InsurerShare { get; set; }

    /// <summary>The payer of the coverage that split the bill; null when the patient pays it all.</summary>
    public string? PayerCode { get; set; }

    public Guid? CoverageId { get; set; }

    public string? DiscountReason { get; set; }

    public string? Notes { get; set; }

    /// <summary>Why an administrator voided the bill, when they gave a reason.</summary>
    public string? VoidReason { get; set; }

    /// <summary>The caller's key for a bill created on request of another service; one bill per key.</summary>
    public string? IdempotencyKey { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public uint Version { get; set; }

    public List<BillLine> Lines { get; set; } = [];

    public List<Payment> Payments { get; set; } = [];

    public List<Refund> Refunds { get; set; } = [];

    /// <summary>What the patient owes of the bill; payments, at the desk and online, go towards it.</summary>
    public decimal PatientShare => Total - InsurerShare;

    /// <summary>What the patient still owes.</summary>
    public decimal Balance => PatientShare - AmountPaid;

    public static string FormatNumber(int year, long sequence) =>
        FormattableString.Invariant($"INV-{year}-{sequence:D6}");

    /// <summary>Adds a line, its total rounded once, and recomputes the bill's totals.</summary>
    public void AddLine(string? code, string description, decimal quantity, decimal unitPrice, decimal taxRate)
    {
        Lines.Add(new BillLine
        {
            Id = Guid.CreateVersion7(),
            BillId = Id,
            Position = Lines.Count + 1,
            Code = code,
            Description = description,
            Quantity = quantity,
            UnitPrice = unitPrice,
            LineTotal = Money.Round(quantity * unitPrice),
        });
        Recompute(taxRate);
    }

    /// <summary>
    /// Splits the issued bill with the patient's coverage under its payer's rule for the bill's type. A bill the payer takes
    /// on in full leaves the patient nothing to pay, so it is Paid as far as the patient is concerned.
    /// </summary>
    public void SplitWith(Coverage coverage, CoverageRule rule, decimal usedThisYear)
    {
        var ordered = Lines.OrderBy(line => line.Position).ToList();
        var shares = InsuranceSplit.LineShares([.. ordered.Select(line => (line.Code, line.LineTotal))], Discount, rule, usedThisYear);
        for (var index = 0; index < ordered.Count; index++)
        {
            ordered[index].InsurerShare = shares[index];
        }

        InsurerShare = shares.Sum();
        PayerCode = coverage.PayerCode;
        CoverageId = coverage.Id;
        if (Balance == 0)
        {
            Status = BillStatus.Paid;
        }
    }

    /// <summary>
    /// Gives what the insurer does not pay of its share back to the patient, per line position; a bill the patient had
    /// settled owes again.
    /// </summary>
    public void TransferToPatient(IReadOnlyDictionary<int, decimal> byPosition)
    {
        foreach (var line in Lines.Where(line => byPosition.ContainsKey(line.Position)))
        {
            line.InsurerShare -= byPosition[line.Position];
        }

        InsurerShare = Lines.Sum(line => line.InsurerShare);
        if (Status == BillStatus.Paid && Balance > 0)
        {
            Status = AmountPaid > 0 ? BillStatus.PartiallyPaid : BillStatus.Issued;
        }
    }

    /// <summary>A discount as an amount or a percentage of the subtotal, never more than the subtotal.</summary>
    public void ApplyDiscount(decimal? amount, decimal? percent, string reason, decimal taxRate)
    {
        var discount = amount ?? Money.Round(Subtotal * (percent ?? 0) / 100m);
        if (discount < 0 || discount > Subtotal)
        {
            throw new BillingRuleException(BillingRuleException.Kinds.Unprocessable, "The discount must be between zero and the subtotal.");
        }

        Discount = discount;
        DiscountReason = reason;
        Recompute(taxRate);
    }

    /// <summary>Records a payment of at most the balance and moves the bill to PartiallyPaid or Paid.</summary>
    public Payment RecordPayment(decimal amount, PaymentMethod method, string? reference, string idempotencyKey, string receivedBy, DateTimeOffset at)
    {
        if (Status is BillStatus.Void or BillStatus.Refunded)
        {
            throw new BillingRuleException(BillingRuleException.Kinds.Conflict, $"A {Status} bill takes no payments.");
        }

        if (amount <= 0 || Money.Round(amount) != amount)
        {
            throw new BillingRuleException(BillingRuleException.Kinds.Unprocessable, "A payment is a positive amount in whole cents.");
        }

        if (amount > Balance)
        {
            throw new BillingRuleException(BillingRuleException.Kinds.Unprocessable, $"The payment exceeds the balance of {Balance} {Currency}.");
        }

        if (method == PaymentMethod.Insurance && InsurerShare > 0)
        {
            throw new BillingRuleException(BillingRuleException.Kinds.Unprocessable,
                "This bill is split with the patient's insurer: take only the patient's share here, by another method; the insurer's share is settled with the insurer.");
        }

        var payment = new Payment
        {
            Id = Guid.CreateVersion7(),
            BillId = Id,
            Amount = amount,
            Method = method,
            Reference = reference,
            IdempotencyKey = idempotencyKey,
            ReceivedBy = receivedBy,
            ReceivedAt = at,
        };
        Payments.Add(payment);
        AmountPaid += amount;
        Status = Balance == 0 ? BillStatus.Paid : BillStatus.PartiallyPaid;
        return payment;
    }

    /// <summary>Voids a bill nobody has paid anything on.</summary>
    public void Void(string? reason)
    {
        if (Status == BillStatus.Void)
        {
            throw new BillingRuleException(BillingRuleException.Kinds.Conflict, "The bill is already void.");
        }

        if (AmountPaid > 0)
        {
            throw new BillingRuleException(BillingRuleException.Kinds.Conflict, "A bill with payments cannot be voided; refund it instead.");
        }

        Status = BillStatus.Void;
        VoidReason = reason;
    }

    /// <summary>
    /// Records money a payment provider took. Money is never refused once taken: what fits the balance is
    /// applied, the rest (a desk payment came first, or the bill was voided) is marked to go back through
    /// the provider.
    /// </summary>
    public Payment RecordOnlinePayment(decimal taken, string provider, string providerReference, DateTimeOffset at)
    {
        var applied = Status is BillStatus.Void or BillStatus.Refunded ? 0 : Math.Min(taken, Balance);
        var payment = new Payment
        {
            Id = Guid.CreateVersion7(),
            BillId = Id,
            Amount = applied,
            Method = PaymentMethod.Online,
            Provider = provider,
            ProviderReference = providerReference,
            IdempotencyKey = OnlinePaymentKey(provider, providerReference),
            ReceivedBy = provider,
            ReceivedAt = at,
            ExcessRefunded = taken - applied,
        };
        Payments.Add(payment);
        if (applied > 0)
        {
            AmountPaid += applied;
            Status = Balance == 0 ? BillStatus.Paid : BillStatus.PartiallyPaid;
        }

        return payment;
    }

    public static string OnlinePaymentKey(string provider, string providerReference) => $"{provider}:{providerReference}";

    /// <summary>What can still go back on one payment.</summary>
    public decimal RefundableOn(Payment payment) =>
        payment.Amount - Refunds.Where(refund => refund.PaymentId == payment.Id).Sum(refund => refund.Amount);

    /// <summary>
    /// The payment a refund goes back on: the one named, or else the newest that covers the whole amount.
    /// Null means the bill as a whole, allowed only while no online payment is involved, since online money
    /// can only go back through the provider, payment by payment.
    /// </summary>
    public Payment? RefundTarget(Guid? paymentId, decimal amount)
    {
        if (paymentId is { } named)
        {
            return Payments.SingleOrDefault(payment => payment.Id == named)
                ?? throw new BillingRuleException(BillingRuleException.Kinds.Unprocessable, "That payment is not on this bill.");
        }

        if (Payments.Where(payment => RefundableOn(payment) >= amount).MaxBy(payment => payment.ReceivedAt) is { } covering)
        {
            return covering;
        }

        return Payments.Any(payment => payment.Method == PaymentMethod.Online && RefundableOn(payment) > 0)
            ? throw new BillingRuleException(BillingRuleException.Kinds.Unprocessable,
                "No single payment covers this refund; refund each payment on its own (paymentId).")
            : null;
    }

    /// <summary>Refunds up to what was paid and not yet refunded; a fully refunded bill becomes Refunded.</summary>
    public Refund IssueRefund(Guid id, decimal amount, string reason, Payment? payment, string issuedBy, DateTimeOffset at)
    {
        if (amount <= 0 || Money.Round(amount) != amount)
        {
            throw new BillingRuleException(BillingRuleException.Kinds.Unprocessable, "A refund is a positive amount in whole cents.");
        }

        if (amount > AmountPaid - AmountRefunded)
        {
            throw new BillingRuleException(BillingRuleException.Kinds.Unprocessable, $"At most {AmountPaid - AmountRefunded} {Currency} can be refunded.");
        }

        if (payment is not null && amount > RefundableOn(payment))
        {
            throw new BillingRuleException(BillingRuleException.Kinds.Unprocessable, $"At most {RefundableOn(payment)} {Currency} can be refunded on that payment.");
        }

        var refund = new Refund { Id = id, BillId = Id, Amount = amount, PaymentId = payment?.Id, Reason = reason, IssuedBy = issuedBy, IssuedAt = at };
        Refunds.Add(refund);
        AmountRefunded += amount;
        if (AmountRefunded == AmountPaid && Balance == 0)
        {
            Status = BillStatus.Refunded;
        }

        return refund;
    }

    private void Recompute(decimal taxRate)
    {
        Subtotal = Lines.Sum(line => line.LineTotal);
        Tax = Money.Round((Subtotal - Discount) * taxRate);
        Total = Subtotal - Discount + Tax;
    }
}
