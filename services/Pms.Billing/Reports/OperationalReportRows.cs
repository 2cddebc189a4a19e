using Pms.Billing.Model;

namespace Pms.Billing.Reports;

/// <summary>What was billed of one type of bill to one payer (empty for self-pay) over the period, and who owes what of it.</summary>
public sealed record PayerRevenueRow(
    BillType BillType, string PayerCode, string PayerName, string Currency, int Bills, decimal Billed, decimal InsurerShare, decimal PatientShare,
    decimal PatientPaid);

/// <summary>What one party (the patients together, or one insurer) still owes, by how long ago its bills were issued.</summary>
public sealed record AgedReceivableRow(
    string OwedBy, string Name, string Currency, decimal Days0To30, decimal Days31To60, decimal Days61To90, decimal Over90Days, decimal Total);

/// <summary>One payer's claims made over the period and what became of them; the denial rate is of the claims settled, null while none is.</summary>
public sealed record ClaimOutcomeRow(
    string PayerCode, string PayerName, string Currency, int Claims, int Waiting, int Paid, int PartiallyPaid, int Denied, decimal? DenialRatePercent,
    decimal Claimed, decimal PaidByInsurer, decimal DeniedAmount);

/// <summary>One bill a patient still owes on, for working the receivables list.</summary>
public sealed record OpenBillRow(
    string Number, DateOnly IssuedOn, int AgeDays, string AgeBucket, string Mrn, string PatientName, BillType BillType, string? PayerCode,
    string Currency, decimal Total, decimal InsurerShare, decimal PatientPaid, decimal PatientOwes);
