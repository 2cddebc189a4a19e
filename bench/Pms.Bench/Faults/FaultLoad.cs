using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pms.Bench.System;

namespace Pms.Bench.Faults;

/// <summary>
/// A front desk's and its patients' steady mix through the gateway: self-registrations, walk-ins, bills, desk
/// payments, bookings and report uploads, started at a fixed rate whatever the answers. Clients behave as real
/// ones do: a payment that failed or timed out is sent again with the same idempotency key; nothing else is.
/// </summary>
public sealed class FaultLoad(FaultClients clients, IReadOnlyList<Guid> patients, SlotSequence slots)
{
    public const string SelfRegistration = "self-registration";
    public const string WalkIn = "walk-in";
    public const string Bill = "bill";
    public const string Payment = "desk payment";
    public const string Booking = "booking";
    public const string Upload = "report upload";
    public const int PaymentAttempts = 4;
    private static readonly TimeSpan PaymentRetryDelay = TimeSpan.FromSeconds(2);
    private static readonly string[] Mix = [SelfRegistration, WalkIn, Bill, Payment, Booking, SelfRegistration, WalkIn, Bill, Payment, Upload];
    private static readonly byte[] Report = Documents.Pdf(20 * 1024, seed: 17);

    private readonly string _runTag = Guid.NewGuid().ToString("N")[..8];
    private readonly ConcurrentQueue<Operation> _operations = new();
    private readonly ConcurrentQueue<(Guid BillId, decimal Total)> _unpaidBills = new();

    public IReadOnlyCollection<Operation> Operations => _operations;

    /// <summary>Starts operations at <paramref name="perSecond"/> until <paramref name="stop"/>, then waits for those in flight.</summary>
    public async Task RunAsync(double perSecond, CancellationToken stop)
    {
        var running = new List<Task>();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / perSecond));
        long number = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var index = number++;
                running.Add(Task.Run(() => RunOneAsync(index), CancellationToken.None));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }

        await Task.WhenAll(running);
    }

    private Task RunOneAsync(long number) => Mix[number % Mix.Length] switch
    {
        SelfRegistration => RegisterAsync(number),
        WalkIn => WalkInAsync(number),
        Bill => CreateBillAsync(number),
        Payment => _unpaidBills.TryDequeue(out var bill) ? PayAsync(bill.BillId, bill.Total) : CreateBillAsync(number),
        Booking => BookAsync(number),
        _ => UploadAsync(number),
    };

    private async Task RegisterAsync(long number)
    {
        var operation = Record(SelfRegistration, $"fault.self.{_runTag}.{number}@example.org");
        var (attempt, response) = await Attempt.SendAsync(clients.Gateway, () => new HttpRequestMessage(HttpMethod.Post, "/api/auth/register")
        {
            Content = JsonContent.Create(new
            {
                email = operation.Key,
                password = Accounts.Password,
                firstName = PatientNames.First[(int)(number % PatientNames.First.Count)],
                lastName = "Faultless",
                phoneNumber = UsNumber("617", number),
                dateOfBirth = "1990-04-01",
            }),
        }, CancellationToken.None);
        operation.Id = await IdOfAsync(response, "userId");
        operation.Attempts.Add(attempt);
    }

    private async Task WalkInAsync(long number)
    {
        var operation = Record(WalkIn, $"fault.walk-in.{_runTag}.{number}@example.org");
        var (attempt, response) = await Attempt.SendAsync(clients.Gateway, () => clients.AsStaff(new HttpRequestMessage(HttpMethod.Post, "/api/patients")
        {
            Content = JsonContent.Create(new
            {
                firstName = PatientNames.First[(int)(number % PatientNames.First.Count)],
                lastName = $"Walkin{number}",
                dateOfBirth = "1985-09-12",
                sex = number % 2 == 0 ? "Female" : "Male",
                phoneNumber = UsNumber("415", number),
                email = operation.Key,
            }),
        }), CancellationToken.None);
        operation.Id = await IdOfAsync(response, "id");
        operation.Attempts.Add(attempt);
    }

    private async Task CreateBillAsync(long number)
    {
        var operation = Record(Bill, number.ToString(CultureInfo.InvariantCulture));
        operation.ParentId = patients[(int)(number % patients.Count)];
        var (attempt, response) = await Attempt.SendAsync(clients.Gateway, () => clients.AsStaff(new HttpRequestMessage(HttpMethod.Post, "/api/billing/bills")
        {
            Content = JsonContent.Create(new
            {
                patientId = operation.ParentId,
                billType = "Consultation",
                items = new object[] { new { code = "CONS-GP", quantity = 1 }, new { code = "LAB-CBC", quantity = 1 } },
            }),
        }), CancellationToken.None);
        if (response is not null && attempt.Answered(HttpStatusCode.Created))
        {
            var bill = await response.Content.ReadFromJsonAsync<JsonElement>();
            operation.Id = bill.GetProperty("id").GetGuid();
            _unpaidBills.Enqueue((operation.Id.Value, bill.GetProperty("total").GetDecimal()));
        }

        response?.Dispose();
        operation.Attempts.Add(attempt);
    }

    private async Task PayAsync(Guid billId, decimal total)
    {
        var operation = Record(Payment, Guid.NewGuid().ToString());
        operation.ParentId = billId;
        for (var attempt = 1; attempt <= PaymentAttempts; attempt++)
        {
            var (sent, response) = await Attempt.SendAsync(clients.Gateway, () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, $"/api/billing/bills/{billId}/payments")
                {
                    Content = JsonContent.Create(new { amount = total, method = "Cash" }),
                };
                request.Headers.Add("Idempotency-Key", operation.Key);
                return clients.AsStaff(request);
            }, CancellationToken.None);
            operation.Id ??= await IdOfAsync(response, "id");
            operation.Attempts.Add(sent);
            if (!sent.Retryable)
            {
                return;
            }

            await Task.Delay(PaymentRetryDelay);
        }
    }

    private async Task BookAsync(long number)
    {
        var (doctorId, startsAt) = slots.Next();
        var operation = Record(Booking, $"{doctorId}@{startsAt:O}");
        operation.ParentId = patients[(int)(number % patients.Count)];
        var (attempt, response) = await Attempt.SendAsync(clients.Gateway, () => clients.AsStaff(new HttpRequestMessage(HttpMethod.Post, "/api/appointments")
        {
            Content = JsonContent.Create(new { doctorId, startsAt, patientId = operation.ParentId, reason = "Review of a laboratory result" }),
        }), CancellationToken.None);
        operation.Id = await IdOfAsync(response, "id");
        operation.Attempts.Add(attempt);
    }

    private async Task UploadAsync(long number)
    {
        var operation = Record(Upload, number.ToString(CultureInfo.InvariantCulture));
        operation.ParentId = patients[(int)(number % patients.Count)];
        var (attempt, response) = await Attempt.SendAsync(clients.Gateway, () =>
        {
            var file = new ByteArrayContent(Report);
            file.Headers.ContentType = new("application/pdf");
            return clients.AsStaff(new HttpRequestMessage(HttpMethod.Post, $"/api/patients/{operation.ParentId}/documents")
            {
                Content = new MultipartFormDataContent
                {
                    { new StringContent("Laboratory report"), "title" },
                    { new StringContent("LabResult"), "kind" },
                    { new StringContent(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "documentDate" },
                    { file, "file", "report.pdf" },
                },
            });
        }, CancellationToken.None);
        operation.Id = await IdOfAsync(response, "id");
        operation.Attempts.Add(attempt);
    }

    /// <summary>A valid North American number of the area, distinct per operation (exchanges 200 to 999).</summary>
    private static string UsNumber(string areaCode, long number) =>
        string.Create(CultureInfo.InvariantCulture, $"+1 {areaCode} {200 + number / 10_000 % 800} {number % 10_000:D4}");

    private Operation Record(string kind, string key)
    {
        var operation = new Operation(kind, key);
        _operations.Enqueue(operation);
        return operation;
    }

    /// <summary>The id a 201 answered with (and disposes the answer); null for any other answer.</summary>
    private static async Task<Guid?> IdOfAsync(HttpResponseMessage? response, string property)
    {
        using (response)
        {
            if (response?.StatusCode != HttpStatusCode.Created)
            {
                return null;
            }

            try
            {
                return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty(property).GetGuid();
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException or JsonException)
            {
                return null;
            }
        }
    }
}
