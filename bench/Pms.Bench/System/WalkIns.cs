using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pms.Bench.Load;

namespace Pms.Bench.System;

/// <summary>
/// Walk-in registrations as a desk sends them: realistic names, and a name, date of birth, phone
/// and email no other patient of the run has, so the duplicate check runs and finds nothing.
/// Their dates of birth are later than any seeded patient's.
/// </summary>
public static class WalkIns
{
    private static readonly string RunTag = Guid.NewGuid().ToString("N")[..6];
    private static readonly DateOnly EarliestBirth = new(2021, 1, 1);
    private static long _registered;

    /// <summary>Registers one patient; <paramref name="registered"/> gets the patient on success.</summary>
    public static async Task<Outcome> RegisterAsync(HttpClient staff, Action<RegisteredWalkIn>? registered, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _registered);
        var first = PatientNames.First[(int)(number % PatientNames.First.Count)];
        var last = PatientNames.Last[(int)(number / PatientNames.First.Count % PatientNames.Last.Count)];
        var bornDaysAfterEarliest = (int)(number / (PatientNames.First.Count * PatientNames.Last.Count) % 1500);
        var email = $"walk-in.{RunTag}.{number}@example.org";
        using var response = await staff.PostAsJsonAsync("/api/patients", new
        {
            firstName = first,
            lastName = last,
            dateOfBirth = EarliestBirth.AddDays(bornDaysAfterEarliest).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            sex = number % 2 == 0 ? "Female" : "Male",
            // A valid North American number (exchanges 200 to 999), so text messages to it are sent.
            phoneNumber = string.Create(CultureInfo.InvariantCulture, $"+1 212 {200 + number / 10_000 % 800} {number % 10_000:D4}"),
            email,
        }, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            return Outcome.Expect(response, HttpStatusCode.Created);
        }

        if (registered is not null)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            registered(new RegisteredWalkIn(body.GetProperty("id").GetGuid(), email));
        }

        return Outcome.Success;
    }
}
