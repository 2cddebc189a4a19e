using System.ComponentModel.DataAnnotations;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

public sealed class PaymentModel
{
    public static IReadOnlyList<string> DeskMethods { get; } = ["Cash", "Card", "Insurance", "BankTransfer"];

    /// <summary>How the desk may take a payment on a bill: not by insurance when the bill is already split with an insurer.</summary>
    public static IEnumerable<string> MethodsFor(Bill bill) =>
        bill.InsurerShare > 0 ? DeskMethods.Where(method => method != "Insurance") : DeskMethods;

    [Required(ErrorMessage = "Enter the amount.")]
    [Amount(AtMost = nameof(Balance), AtMostMessage = "At most the balance, {0}, can be paid.")]
    public string? Amount { get; set; }

    /// <summary>What is left to pay on the bill: a payment takes at most that.</summary>
    public decimal Balance { get; set; }

    [Required(ErrorMessage = "Choose how it was paid.")]
    public string Method { get; set; } = "Cash";

    [StringLength(100)]
    public string? Reference { get; set; }
}
