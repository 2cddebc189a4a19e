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

        var paged = await WithDetails(bills.OrderByDescending(bill => bill.IssuedAt))
            .ToPageAsync(page, pageSize, cancellationToken);
        return new PagedResult<BillDto>([.. paged.Items.Select(BillDto.From)], paged.Page, paged.PageSize, paged.TotalCount);
    }

    /// <summary>One page of <paramref name="bills"/>, newest first and then by id so that pages never overlap, and how many there are in all.</summary>
    public static Task<(IReadOnlyList<Bill> Items, int Total)> PageAsync(IQueryable<Bill> bills, int offset, int count, CancellationToken cancellationToken) =>
        WithDetails(bills.OrderByDescending(bill => bill.IssuedAt).ThenBy(bill => bill.Id)).ToSliceAsync(offset, count, cancellationToken);

    public async Task<Bill?> FindAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        var bill = await WithDetails(db.Bills.AsNoTracking())
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

    public IQueryable<Bill> Visible(Caller caller) =>
        caller.VisiblePatients(db) is { } visible ? db.Bills.AsNoTracking().Where(bill => visible.Contains(bill.PatientId)) : db.Bills.AsNoTracking();

    private static IQueryable<Bill> WithDetails(IQueryable<Bill> bills) =>
        bills.Include(bill => bill.Lines).Include(bill => bill.Payments).Include(bill => bill.Refunds).AsSplitQuery();
}
