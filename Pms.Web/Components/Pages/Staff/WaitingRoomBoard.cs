using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Pages.Staff;

/// <summary>The waiting room as a screen shows it: per doctor, who waits (longest first), who is in, who is at the cashier.</summary>
public sealed record WaitingRoomBoard(IReadOnlyList<WaitingRoomBoard.DoctorQueue> Doctors)
{
    public sealed record DoctorQueue(Guid DoctorId, string DoctorName, IReadOnlyList<Visit> Waiting, Visit? InConsultation, IReadOnlyList<Visit> AtCashier);

    public static WaitingRoomBoard From(IEnumerable<Visit> visits) => new([
        .. visits.GroupBy(visit => (visit.DoctorId, visit.DoctorName))
            .OrderBy(doctor => doctor.Key.DoctorName, StringComparer.CurrentCulture)
            .Select(doctor => new DoctorQueue(
                doctor.Key.DoctorId,
                doctor.Key.DoctorName,
                [.. doctor.Where(visit => visit.Stage == VisitStages.Waiting).OrderBy(visit => visit.CheckedInAt)],
                doctor.FirstOrDefault(visit => visit.Stage == VisitStages.InConsultation),
                [.. doctor.Where(visit => visit.Stage == VisitStages.AtCashier).OrderBy(visit => visit.ConsultationEndedAt)])),
    ]);

    /// <summary>"4 min", "1 h 05 min": how long since <paramref name="since"/>, to the minute.</summary>
    public static string Waited(DateTimeOffset since, DateTimeOffset now)
    {
        var minutes = Math.Max(0, (int)(now - since).TotalMinutes);
        return minutes < 60 ? $"{minutes} min" : $"{minutes / 60} h {minutes % 60:D2} min";
    }
}
