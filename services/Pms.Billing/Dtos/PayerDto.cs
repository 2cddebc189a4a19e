using Pms.Billing.Model;

namespace Pms.Billing.Dtos;

public sealed record PayerDto(string Code, string Name, bool IsActive)
{
    public static PayerDto From(Payer payer) => new(payer.Code, payer.Name, payer.IsActive);
}
