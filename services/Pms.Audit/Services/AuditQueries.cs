using Microsoft.EntityFrameworkCore;
using Pms.Audit.Dtos;
using Pms.Audit.Infrastructure;
using Pms.Audit.Model;

namespace Pms.Audit.Services;

/// <summary>The audit log filtered as an administrator asks, newest first.</summary>
public static class AuditQueries
{
    public static IQueryable<AuditRecord> Filtered(AuditDbContext db, AuditFilterRequest filter)
    {
        // @> on the GIN-indexed array; EF Core would write "= ANY", which the index does not serve.
        var records = filter.PatientId is { } patientId
            ? db.Records.FromSql($"""SELECT * FROM "AuditRecords" WHERE "PatientIds" @> ARRAY[{patientId}]::uuid[]""")
            : db.Records;
        records = records.AsNoTracking();
        if (filter.UserId is { } userId)
        {
            records = records.Where(record => record.UserId == userId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            records = records.Where(record => record.Action == filter.Action.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.ResourceType))
        {
            records = records.Where(record => record.ResourceType == filter.ResourceType.Trim());
        }

        if (filter.From is { } from)
        {
            records = records.Where(record => record.At >= from);
        }

        if (filter.To is { } to)
        {
            records = records.Where(record => record.At < to);
        }

        return records.OrderByDescending(record => record.At).ThenByDescending(record => record.Id);
    }
}
