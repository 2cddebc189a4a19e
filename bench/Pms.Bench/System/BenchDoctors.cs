using System.Net.Http.Json;

namespace Pms.Bench.System;

/// <summary>
/// Doctors to book with, set up through the API as a clinic would: an account with the Doctor role
/// (by the administrator), a profile on UTC (by staff) and weekly hours covering every day from
/// 00:00 to 23:55 in the shortest slots allowed, so a run never runs out of slots.
/// </summary>
public static class BenchDoctors
{
    public const int SlotMinutes = 5;
    public const string FeeCode = "CONS-GP";
    public static readonly TimeOnly DayStarts = new(0, 0);
    public static readonly TimeOnly DayEnds = new(23, 55);

    /// <summary>Slots a day offers: they start from <see cref="DayStarts"/> while a whole one fits before <see cref="DayEnds"/>.</summary>
    public static int SlotsPerDay { get; } = (int)((DayEnds - DayStarts).TotalMinutes / SlotMinutes);

    /// <summary>Creates <paramref name="count"/> doctors; returns their ids (account id = profile id).</summary>
    public static async Task<IReadOnlyList<Guid>> CreateAsync(
        Accounts accounts, string adminToken, HttpClient staff, int count, CancellationToken cancellationToken)
    {
        var weeklyAvailability = Enum.GetValues<DayOfWeek>()
            .Select(day => new { dayOfWeek = day.ToString(), startTime = "00:00", endTime = "23:55", slotMinutes = SlotMinutes })
            .ToArray();
        var doctors = new List<Guid>();
        for (var index = 0; index < count; index++)
        {
            var account = await accounts.CreateAccountAsync(PmsRoles.Doctor, adminToken, cancellationToken);
            using var profile = await staff.PostAsJsonAsync("/api/doctors", new
            {
                id = account.Id,
                firstName = PatientNames.First[index % PatientNames.First.Count],
                lastName = PatientNames.Last[(index * 7) % PatientNames.Last.Count],
                specialty = "General practice",
                consultationFeeCode = FeeCode,
                timeZone = "UTC",
            }, cancellationToken);
            profile.EnsureSuccessStatusCode();
            using var hours = await staff.PutAsJsonAsync($"/api/doctors/{account.Id}/availability", new { weeklyAvailability }, cancellationToken);
            hours.EnsureSuccessStatusCode();
            doctors.Add(account.Id);
        }

        return doctors;
    }
}
