using Microsoft.EntityFrameworkCore;
using Pms.Billing.Dtos;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Billing.Services;

/// <summary>Reads of bills, always scoped to what the caller may see.</summary>
public sealed class BillQueries(BillingDbContext db)
{
    public async Task<PagedResult<BillDto>> ListAsync(
        Caller caller, Guid? patientId, BillStatus? status, BillType? billType, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var bills = db.Bills.AsNoTracking();
        if (caller.VisiblePatients(db) is { } visible)
        {
            bills = bills.Where(bill => visible.Contains(bill.PatientId));
        }

        if (patientId is not null)
        {
            bills = bills.Where(bill => bill.PatientId == patientId);
        }

        if (status is not null)
        {
            bills = bills.Where(bill => bill.Status == status);
        }

        if (billType is not null)
        {
            bills = bills.Where(bill => bill.BillType == billType);
        }

        var paged = await bills.OrderByDescending(bill => bill.IssuedAt)
            .Include(bill => bill.Lines).Include(bill => bill.Payments).Include(bill => bill.Refunds)
            .AsSplitQuery()
            .ToPageAsync(page, pageSize, cancellationToken);
        return new PagedResult<BillDto>([.. paged.Items.Select(BillDto.From)], paged.Page, paged.PageSize, paged.TotalCount);
    }

    public async Task<Bill?> FindAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        var bill = await db.Bills.AsNoTracking()
            .Include(candidate => candidate.Lines).Include(candidate => candidate.Payments).Include(candidate => candidate.Refunds)
            .AsSplitQuery()
            .SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        return bill is not null && await caller.MaySeeAsync(db, bill.PatientId, cancellationToken) ? bill : null;
    }

    public Task<PatientSummary?> PatientAsync(Guid patientId, CancellationToken cancellationToken) =>
        db.Patients.AsNoTracking().SingleOrDefaultAsync(patient => patient.PatientId == patientId, cancellationToken);
}
