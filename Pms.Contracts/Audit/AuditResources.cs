namespace Pms.Contracts.Audit;

/// <summary>The kinds of record an audited access reaches.</summary>
public static class AuditResources
{
    public const string Patient = nameof(Patient);
    public const string Document = nameof(Document);
    public const string DocumentAccess = nameof(DocumentAccess);
    public const string Appointment = nameof(Appointment);
    public const string Visit = nameof(Visit);
    public const string Bill = nameof(Bill);
    public const string Invoice = nameof(Invoice);
    public const string Payment = nameof(Payment);
    public const string Coverage = nameof(Coverage);
    public const string Claim = nameof(Claim);
    public const string Notification = nameof(Notification);
    public const string NotificationPreferences = nameof(NotificationPreferences);
    public const string Account = nameof(Account);
    public const string AuditLog = nameof(AuditLog);
    public const string Report = nameof(Report);
}
