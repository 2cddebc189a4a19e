using Pms.Audit.Dtos;
using Pms.Audit.Model;
using Pms.Contracts;
using Pms.Contracts.Audit;

namespace Pms.Audit.Services;

/// <summary>Names who accessed a record for the patient it concerns: the patient, the hospital's people, PMS itself, never another patient.</summary>
public static class AccessHistory
{
    public static AccessHistoryItemDto Describe(AuditRecord record, Guid patientAccount) =>
        new(record.At, Who(record, patientAccount), PublicRole(record), record.Action, record.ResourceType, record.Outcome);

    private static string Who(AuditRecord record, Guid patientAccount)
    {
        if (record.UserId == patientAccount)
        {
            return "You";
        }

        if (string.Equals(record.Client, AuditClients.Service, StringComparison.Ordinal))
        {
            return "PMS";
        }

        return IsWorkforce(record) ? record.UserName ?? "A member of staff" : "Another patient";
    }

    private static string? PublicRole(AuditRecord record) => IsWorkforce(record) ? record.Role : null;

    private static bool IsWorkforce(AuditRecord record) =>
        record.Role?.Split(',').Any(role => role is PmsRoles.Staff or PmsRoles.Doctor or PmsRoles.Admin) == true;
}
