using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Pms.Web.Components.Forms;

/// <summary>
/// Checks a typed amount (see <see cref="AmountText"/>) as soon as the field changes: that it reads as an amount,
/// is more than zero unless zero is allowed, and is at most another property of the model (the balance, what is
/// left to refund, the subtotal); <c>{0}</c> in <see cref="AtMostMessage"/> is that limit.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AmountAttribute : ValidationAttribute
{
    public bool AllowZero { get; init; }

    public string? AtMost { get; init; }

    public string AtMostMessage { get; init; } = "At most {0}.";

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var text = value as string;
        var problem = AmountText.Problem(text);
        if (problem is null && AmountText.Read(text) is { } amount)
        {
            problem = (amount, Limit(validationContext)) switch
            {
                (0, _) when !AllowZero => "The amount must be more than zero.",
                (_, { } limit) when amount > limit => string.Format(CultureInfo.CurrentCulture, AtMostMessage, AmountText.Write(limit)),
                _ => null,
            };
        }

        return problem is null ? ValidationResult.Success : new ValidationResult(problem, validationContext.MemberName is { } member ? [member] : null);
    }

    private decimal? Limit(ValidationContext context) => AtMost is null
        ? null
        : (decimal?)context.ObjectType.GetProperty(AtMost)?.GetValue(context.ObjectInstance)
            ?? throw new InvalidOperationException($"{context.ObjectType.Name} has no decimal {AtMost}.");
}
