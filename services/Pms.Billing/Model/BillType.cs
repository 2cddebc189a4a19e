namespace Pms.Billing.Model;

public enum BillType
{
    Registration,
    Consultation,
    Laboratory,
    Radiology,
    Pharmacy,
    Procedure,
    Admission,
    Other,
}
