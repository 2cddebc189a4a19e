namespace Pms.Billing.Model;

public enum PaymentMethod
{
    Cash,
    Card,
    Insurance,
    BankTransfer,
    Online,
}
