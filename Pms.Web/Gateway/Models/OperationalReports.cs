namespace Pms.Web.Gateway.Models;

public sealed record PayerRevenueRow(
    string BillType, string PayerCode, string PayerName, string Currency, int Bills, decimal Billed, decimal InsurerShare, decimal PatientShare,
    decimal PatientPaid);

public sealed record AgedReceivableRow(
    string OwedBy, string Name, string Currency, decimal Days0To30, decimal Days31To60, decimal Days61To90, decimal Over90Days, decimal Total);

public sealed record ClaimOutcomeRow(
    string PayerCode, string PayerName, string Currency, int Claims, int Waiting, int Paid, int PartiallyPaid, int Denied, decimal? DenialRatePercent,
    decimal Claimed, decimal PaidByInsurer, decimal DeniedAmount);

public sealed record RegistrationRow(DateOnly Date, string Source, int Registrations);

public sealed record DoctorAppointmentsRow(
    Guid DoctorId, string DoctorName, int Appointments, int Completed, int NoShows, int Cancelled, int StillBooked, decimal? NoShowRatePercent);
