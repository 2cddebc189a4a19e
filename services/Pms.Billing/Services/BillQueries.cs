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
        var bills = Visible(caller);
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

    /// <summary>One page of the bills that match, newest first and then by id so that pages never overlap, and how many match in all.</summary>
    /// <param name="ids">The bills allowed, or null for any; likewise <paramref name="patientIds"/> and <paramref name="statuses"/>.</param>
    public async Task<(IReadOnlyList<Bill> Page, int Total)> SearchAsync(
        Caller caller, IReadOnlyCollection<Guid>? ids, IReadOnlyCollection<Guid>? patientIds, IReadOnlyCollection<BillStatus>? statuses,
        int offset, int count, CancellationToken cancellationToken)
    {
        var bills = Visible(caller);
        if (ids is not null)
        {
            bills = bills.Where(bill => ids.Contains(bill.Id));
        }

        if (patientIds is not null)
        {
            bills = bills.Where(bill => patientIds.Contains(bill.PatientId));
        }

        if (statuses is not null)
        {
            bills = bills.Where(bill => statuses.Contains(bill.Status));
        }

        var total = await bills.CountAsync(cancellationToken);
        var page = await bills.OrderByDescending(bill => bill.IssuedAt).ThenBy(bill => bill.Id)
            .Skip(offset).Take(count)
            .Include(bill => bill.Lines).Include(bill => bill.Payments).Include(bill => bill.Refunds)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return (page, total);
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

    public async Task<IReadOnlyDictionary<Guid, PatientSummary>> PatientsAsync(IEnumerable<Guid> patientIds, CancellationToken cancellationToken)
    {
        var wanted = patientIds.Distinct().ToList();
        return await db.Patients.AsNoTracking().Where(patient => wanted.Contains(patient.PatientId)).ToDictionaryAsync(patient => patient.PatientId, cancellationToken);
    }

    private IQueryable<Bill> Visible(Caller caller) =>
        caller.VisiblePatients(db) is { } visible ? db.Bills.AsNoTracking().Where(bill => visible.Contains(bill.PatientId)) : db.Bills.AsNoTracking();
}
