using Pms.Billing.Dtos;

namespace Pms.Billing.Services;

public abstract record BillOutcome
{
    public sealed record Done<T>(T Value) : BillOutcome;

    public sealed record Invalid(IDictionary<string, string[]> Errors) : BillOutcome;

    public sealed record NotFound : BillOutcome;

    public sealed record Refused(int Status, string Reason) : BillOutcome;

    public static BillOutcome Ok(BillDto bill) => new Done<BillDto>(bill);
}
