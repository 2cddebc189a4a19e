using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Pms.Bench.Load;
using Pms.Bench.Reporting;
using Pms.Bench.System;

namespace Pms.Bench.Scenarios;

/// <summary>
/// Scenario 9: appointments and reports through the gateway. Staff book distinct free slots of
/// doctors set up for the run at rising fixed rates; at one modest rate, a slot is booked twice
/// (the second answer is 409) and a day's free slots are listed. Then reports of 100 KB to 20 MB are
/// uploaded to a patient's record and downloaded again one at a time, each download checked byte
/// for byte, with CPU by process and patient-service's allocations and working set beside them.
/// </summary>
public sealed class AppointmentsAndReportsScenario(BenchContext context)
{
    public const double P99LimitMilliseconds = 100;
    private const int Doctors = 4;
    private const int Patients = 10;
    private const int FirstDayAhead = 2;
    private const int WarmUpBookings = 40;
    private const int Megabyte = 1024 * 1024;
    private const int LargestSize = 20 * Megabyte;
    private const string BookedLap = "book a free slot (201)";
    private const string ConflictLap = "book it again (409)";
    private const string DirectLane = "patient-service's process";
    private static readonly TimeSpan TransferTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan EventsOnTheirWay = TimeSpan.FromSeconds(3);
    private static readonly (string Label, int Bytes)[] Sizes =
        [("100 KB", 100 * 1024), ("1 MB", Megabyte), ("5 MB", 5 * Megabyte), ("20 MB", LargestSize)];

    public async Task<ScenarioReport> RunAsync(CancellationToken cancellationToken)
    {
        var report = new ScenarioReport(9, "Appointments and reports",
            $"How fast is booking an appointment and how far does it climb with p99 < {P99LimitMilliseconds} ms; how long do reports of 100 KB to 20 MB take to upload and download?");
        using var gateway = await context.StaffClientAsync(context.Pms.Endpoint(ResourceNames.Gateway), cancellationToken);
        var doctors = await BenchDoctors.CreateAsync(context.Accounts, context.AdminToken!, gateway, Doctors, cancellationToken);
        var patients = await RegisterPatientsAsync(gateway, cancellationToken);

        // notification-service learns the patients before their bookings, so confirmations find their contacts.
        await context.Settling.WaitAsync(SettleLimit, cancellationToken);
        var slots = new SlotSequence(doctors, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(FirstDayAhead));

        async Task<HttpResponseMessage> BookAsync((Guid DoctorId, DateTimeOffset StartsAt) slot, long patient, CancellationToken token) =>
            await gateway.PostAsJsonAsync("/api/appointments", new
            {
                doctorId = slot.DoctorId,
                startsAt = slot.StartsAt,
                patientId = patients[(int)(patient % patients.Count)],
                reason = "Follow-up of a laboratory result",
            }, token);

        var warmUp = await WarmUpAsync(BookAsync, slots, cancellationToken);
        var climb = await context.ClimbAsync("booking", context.Profile.BookingRates, P99LimitMilliseconds, async operation =>
        {
            using var booked = await BookAsync(slots.Next(), operation.Index, operation.CancellationToken);
            return Outcome.Expect(booked, HttpStatusCode.Created);
        }, cancellationToken);
        await context.Settling.WaitAsync(SettleLimit, cancellationToken);

        var rate = context.Profile.SlotRate;
        var conflict = await context.RunAsync(context.Profile.Step($"same slot twice {rate:0.#}/s", rate), async operation =>
        {
            var slot = slots.Next();
            using var booked = await BookAsync(slot, operation.Index, operation.CancellationToken);
            operation.Lap(BookedLap);
            if (booked.StatusCode != HttpStatusCode.Created)
            {
                return Outcome.Expect(booked, HttpStatusCode.Created);
            }

            using var again = await BookAsync(slot, operation.Index + 1, operation.CancellationToken);
            operation.Lap(ConflictLap);
            return Outcome.Expect(again, HttpStatusCode.Conflict);
        }, cancellationToken);
        await context.Settling.WaitAsync(SettleLimit, cancellationToken);

        var days = slots.DaysUsed;
        var listing = await context.RunAsync(context.Profile.Step($"free slots of a day {rate:0.#}/s", rate), async operation =>
        {
            var doctor = doctors[(int)(operation.Index % doctors.Count)];
            var date = slots.FirstDay.AddDays((int)(operation.Index / doctors.Count % days)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            using var response = await gateway.GetAsync(new Uri($"/api/doctors/{doctor}/slots?date={date}", UriKind.Relative), operation.CancellationToken);
            return Outcome.Expect(response, HttpStatusCode.OK);
        }, cancellationToken);
        await context.Settling.WaitAsync(SettleLimit, cancellationToken);

        report.Steps.Add(new StepTable("Bookings, each of a distinct free slot, climbing", climb));
        report.Steps.Add(new StepTable("At one modest rate: a free slot booked, then booked again; a day's free slots listed", [conflict, listing]));
        var first = climb[0];
        report.Figure("booking p50 / p99", $"{Numbers.Milliseconds(first.Latency.P50)} / {Numbers.Milliseconds(first.Latency.P99)} ms at {Numbers.Rate(first.OfferedPerSecond)}/s");
        report.Figure($"highest booking rate holding p99 < {P99LimitMilliseconds} ms", Ladder.HighestHeld(climb, P99LimitMilliseconds));
        if (conflict.Laps.TryGetValue(ConflictLap, out var refused))
        {
            report.Figure("booking a taken slot (409) p50 / p99", $"{Numbers.Milliseconds(refused.P50)} / {Numbers.Milliseconds(refused.P99)} ms at {Numbers.Rate(rate)}/s");
        }

        report.Figure("a day's free slots p50 / p99", $"{Numbers.Milliseconds(listing.Latency.P50)} / {Numbers.Milliseconds(listing.Latency.P99)} ms at {Numbers.Rate(rate)}/s");
        report.Paths.Add(MeasuredPath.From("appointment booking (gateway)", first));
        report.Paths.Add(MeasuredPath.From("same slot booked twice: 201, then 409 (gateway, two calls)", conflict));
        report.Paths.Add(MeasuredPath.From("a doctor's free slots of a day (gateway)", listing));

        var transfers = await TransferDocumentsAsync(gateway, patients[0], cancellationToken);
        AddTransfers(report, transfers.Results, transfers.RestWorkingSetMegabytes);

        report.Notes.Add($"Booking: {Doctors} doctors on UTC, each offering every day from 00:00 to 23:55 in {BenchDoctors.SlotsPerDay} slots of {BenchDoctors.SlotMinutes} minutes; bookings fill their days slot by slot from {FirstDayAhead} days ahead, for {Patients} walk-ins registered first. A day's free-slot list therefore holds up to {BenchDoctors.SlotsPerDay} slots, far more than a clinic's day.");
        report.Notes.Add("Every booking publishes AppointmentBooked through the outbox; notification-service sends the confirmation by email and SMS and plans the reminder.");
        report.Notes.Add($"Before the climb, {WarmUpBookings} bookings one at a time and their messages, not counted; CPU per warm-up booking, largest parts: {LargestParts(warmUp)}.");
        report.Notes.Add("The second booking of a slot is refused by the booking's own check for a taken slot (409) before any insert; the database's exclusion constraint, which settles two bookings racing for a slot, is not reached here.");
        return report;
    }

    /// <summary>
    /// A few bookings one at a time, and their messages handled, before anything is measured: the first
    /// ones after start-up cost notification-service far more CPU than the later ones, and that one-off
    /// cost would otherwise fall into the first step. Returns CPU ms per warm-up booking by process.
    /// </summary>
    private async Task<Dictionary<string, double>> WarmUpAsync(
        Func<(Guid DoctorId, DateTimeOffset StartsAt), long, CancellationToken, Task<HttpResponseMessage>> book, SlotSequence slots, CancellationToken cancellationToken)
    {
        var meter = new CpuMeter(context.Processes);
        var before = meter.Read();
        for (var number = 0; number < WarmUpBookings; number++)
        {
            using var booked = await book(slots.Next(), number, cancellationToken);
            booked.EnsureSuccessStatusCode();
        }

        // The events are still on their way to notification-service when the calls return.
        await Task.Delay(EventsOnTheirWay, cancellationToken);
        await context.Settling.WaitAsync(SettleLimit, cancellationToken);
        return meter.Read().Since(before, WarmUpBookings);
    }

    /// <summary>
    /// Every size uploaded, then downloaded, one at a time; each download is compared with what was
    /// uploaded. The largest are downloaded once more from patient-service's own process, to see what
    /// the gateway and Aspire's proxies add to a large response.
    /// </summary>
    private async Task<(List<TransferResult> Results, double RestWorkingSetMegabytes)> TransferDocumentsAsync(
        HttpClient gateway, Guid patientId, CancellationToken cancellationToken)
    {
        using var direct = await context.StaffClientAsync(context.Pms.ProcessEndpoint(ResourceNames.Patients), cancellationToken);
        await using var runner = await TransferRunner.StartAsync(
            new CpuMeter(context.Processes), context.Processes.ServicePid(ResourceNames.Patients), TransferTimeout, cancellationToken);
        var results = new List<TransferResult>();
        foreach (var (label, bytes) in Sizes)
        {
            var count = bytes == LargestSize ? context.Profile.LargestDocumentTransfers : context.Profile.DocumentTransfers;
            var content = Documents.Pdf(bytes, seed: bytes);
            var stored = new List<(int Number, Guid DocumentId)>();
            results.Add(await runner.RunAsync($"upload {label}", count, bytes, async (number, _, token) =>
            {
                Documents.Stamp(content, number);
                var (outcome, documentId) = await Documents.UploadAsync(gateway, patientId, content, token);
                if (outcome.Succeeded)
                {
                    stored.Add((number, documentId));
                }

                return outcome;
            }, cancellationToken));

            Func<int, Stopwatch, CancellationToken, Task<Outcome>> DownloadFrom(HttpClient client) => async (index, clock, token) =>
            {
                var (number, documentId) = stored[index];
                var (outcome, downloaded) = await Documents.DownloadAsync(client, patientId, documentId, token);
                clock.Stop();
                Documents.Stamp(content, number);
                return !outcome.Succeeded || downloaded.AsSpan().SequenceEqual(content) ? outcome : Outcome.Failed("content differs");
            };

            results.Add(await runner.RunAsync($"download {label}", stored.Count, bytes, DownloadFrom(gateway), cancellationToken));
            if (bytes == LargestSize)
            {
                results.Add(await runner.RunAsync($"download {label} from {DirectLane}", stored.Count, bytes, DownloadFrom(direct), cancellationToken));
            }
        }

        return (results, runner.RestWorkingSetMegabytes);
    }

    private static void AddTransfers(ScenarioReport report, List<TransferResult> transfers, double restWorkingSetMegabytes)
    {
        report.Latencies.Add(new LatencyTable("Reports uploaded and downloaded one at a time (through the gateway unless said)",
            [.. transfers.Select(transfer => new LatencyRow(transfer.Label, transfer.Latency))]));
        report.Values.Add(new ValueTable(
            $"Reports: throughput, failures, and patient-service's memory (working set at rest before the first upload: {Numbers.Value(restWorkingSetMegabytes)} MB)",
            ["transfers", "failed", "MB/s", "patient-service allocated MB per transfer", "patient-service peak working set MB"],
            [.. transfers.Select(transfer => new ValueRow(transfer.Label,
            [
                transfer.Attempted.ToString(CultureInfo.InvariantCulture),
                transfer.FailureCount == 0 ? "0" : string.Join(", ", transfer.Failures.Select(failure => $"{failure.Value} {failure.Key}")),
                Numbers.Value(transfer.MegabytesPerSecond),
                Numbers.Value(transfer.AllocatedMegabytesPerTransfer),
                Numbers.Value(transfer.PeakWorkingSetMegabytes),
            ]))]));
        var parts = transfers.SelectMany(transfer => transfer.CpuMillisecondsPerTransfer.Keys).Distinct(StringComparer.Ordinal).ToList();
        report.Values.Add(new ValueTable("Reports: CPU ms per transfer by process, less each process's CPU at rest just before",
            [.. transfers.Select(transfer => transfer.Label)],
            [.. parts.Select(part => new ValueRow(part, [.. transfers.Select(transfer => Numbers.Value(transfer.CpuMillisecondsPerTransfer.GetValueOrDefault(part, double.NaN)))]))]));

        foreach (var direction in new[] { "upload", "download" })
        {
            var largest = transfers.Single(transfer => transfer.Label == $"{direction} {Sizes[^1].Label}");
            report.Figure($"{direction} of a {Sizes[^1].Label} report p50 / max",
                $"{Numbers.Milliseconds(largest.Latency.P50)} / {Numbers.Milliseconds(largest.Latency.Max)} ms, {Numbers.Value(largest.MegabytesPerSecond)} MB/s");
        }

        var fromService = transfers.Single(transfer => transfer.Label == $"download {Sizes[^1].Label} from {DirectLane}");
        report.Figure($"download of a {Sizes[^1].Label} report from {DirectLane} p50", $"{Numbers.Milliseconds(fromService.Latency.P50)} ms, {Numbers.Value(fromService.MegabytesPerSecond)} MB/s");

        var downloads = transfers.Where(transfer => transfer.Label.StartsWith("download", StringComparison.Ordinal) && !transfer.Label.EndsWith(DirectLane, StringComparison.Ordinal)).ToList();
        var failed = transfers.Sum(transfer => transfer.FailureCount);
        report.Figure("reports downloaded byte for byte as uploaded",
            $"{downloads.Sum(download => download.Latency.Count)} of {transfers.Where(transfer => transfer.Label.StartsWith("upload", StringComparison.Ordinal)).Sum(upload => upload.Attempted)}"
            + (failed == 0 ? "" : $" ({failed} transfers failed: {string.Join(", ", transfers.SelectMany(transfer => transfer.Failures).GroupBy(failure => failure.Key).Select(kind => $"{kind.Sum(failure => failure.Value)} {kind.Key}"))})"));

        var cpu = transfers.Single(transfer => transfer.Label == $"upload {Sizes[^1].Label}").CpuMillisecondsPerTransfer;
        report.Notes.Add($"CPU per {Sizes[^1].Label} upload, largest parts: {LargestParts(cpu.ToDictionary(StringComparer.Ordinal))}.");
        report.Notes.Add("Reports: MB = 2^20 bytes; a file is random bytes behind a PDF header. MB/s is the bytes of the successful transfers over their summed times; a download's time runs until its last byte is read, and its comparison with the upload is not timed. A download that differs from its upload counts as failed (content differs).");
        report.Notes.Add("Allocations come from patient-service's alloc-rate counter (one reading a second) from a batch's start to the reading that covers its end, less its idle rate; CPU comes from /proc in 10 ms ticks. Both are coarse for the short batches of small files. Transfers are left out of the slowest-paths ranking: their time follows their size, not the load.");
    }

    /// <summary>The three PMS processes that used the most CPU, from figures keyed by process (with or without the "cpu ms/op: " prefix).</summary>
    private static string LargestParts(Dictionary<string, double> cpu) => string.Join(", ", cpu
        .Select(part => (Name: part.Key.Replace("cpu ms/op: ", "", StringComparison.Ordinal), Milliseconds: part.Value))
        .Where(part => part.Name is not (CpuMeter.OtherLoad or PmsProcesses.LoadGenerator) && !part.Name.Contains('%', StringComparison.Ordinal))
        .OrderByDescending(part => part.Milliseconds).Take(3)
        .Select(part => $"{part.Name} {Numbers.Value(part.Milliseconds)} ms"));

    /// <summary>Walk-ins the bookings are made for.</summary>
    private static async Task<IReadOnlyList<Guid>> RegisterPatientsAsync(HttpClient gateway, CancellationToken cancellationToken)
    {
        var patients = new List<Guid>();
        for (var index = 0; index < Patients; index++)
        {
            var outcome = await WalkIns.RegisterAsync(gateway, registered => patients.Add(registered.PatientId), cancellationToken);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"Registering a patient to book for failed: {outcome.Failure}.");
            }
        }

        return patients;
    }
}
