using Pms.Bench.System;

namespace Pms.Bench.Faults;

/// <summary>
/// What must hold after the faults, read from the databases, the mail sink and what the clients were told: nothing
/// accepted is lost, nothing is done twice, nothing is half-written, and no work is left behind.
/// </summary>
public sealed class Invariants(FaultDatabases databases, MailSinkClient mail)
{
    private const string Patients = ResourceNames.PatientDatabase;
    private const string Billing = ResourceNames.BillingDatabase;
    private const string Notifications = ResourceNames.NotificationDatabase;
    private static readonly string[] Channels = ["Email", "Sms"];

    public async Task<IReadOnlyList<Invariant>> CheckAsync(IReadOnlyCollection<Operation> operations, IReadOnlyList<Guid> seededPatients, CancellationToken cancellationToken)
    {
        var results = new List<Invariant>();
        var of = (string kind) => operations.Where(operation => operation.Kind == kind).ToList();

        // Self-registrations: the account's patient record, its registration bill and its welcome, once each.
        var registrations = of(FaultLoad.SelfRegistration);
        var accepted = registrations.Where(operation => operation.Succeeded && operation.Id is not null).ToList();
        var patientOfAccount = (await databases.QueryAsync(Patients,
                "SELECT \"AuthUserId\", \"Id\" FROM \"Patients\" WHERE \"AuthUserId\" = ANY(@ids)", cancellationToken,
                ("ids", accepted.Select(operation => operation.Id!.Value).ToArray())))
            .GroupBy(row => (Guid)row[0]!).ToDictionary(group => group.Key, group => group.Select(row => (Guid)row[1]!).ToList());
        results.Add(Invariant.Of("every accepted self-registration has exactly one patient record", accepted.Count,
            accepted.Where(operation => patientOfAccount.GetValueOrDefault(operation.Id!.Value)?.Count != 1)
                .Select(operation => $"{operation.Key}: {patientOfAccount.GetValueOrDefault(operation.Id!.Value)?.Count ?? 0} records")));

        var registeredPatients = patientOfAccount.Values.SelectMany(ids => ids).ToArray();
        var registrationBills = await CountByPatientAsync(Billing,
            "SELECT \"PatientId\", count(*) FROM \"Bills\" WHERE \"BillType\" = 'Registration' AND \"PatientId\" = ANY(@ids) GROUP BY 1",
            registeredPatients, cancellationToken);
        results.Add(Invariant.Of("every accepted self-registration has exactly one Registration bill", registeredPatients.Length,
            registeredPatients.Where(patient => registrationBills.GetValueOrDefault(patient) != 1)
                .Select(patient => $"patient {patient}: {registrationBills.GetValueOrDefault(patient)} Registration bills")));

        var welcomes = (await databases.QueryAsync(Notifications,
                "SELECT \"PatientId\", \"Channel\", count(*) FROM \"Deliveries\" WHERE \"Template\" = 'welcome' AND \"Status\" = 'Sent' AND \"PatientId\" = ANY(@ids) GROUP BY 1, 2",
                cancellationToken, ("ids", registeredPatients)))
            .ToDictionary(row => ((Guid)row[0]!, (string)row[1]!), row => (long)row[2]!);
        results.Add(Invariant.Of("every accepted self-registration got exactly one welcome email and one welcome SMS", registeredPatients.Length,
            registeredPatients.SelectMany(patient => Channels
                .Where(channel => welcomes.GetValueOrDefault((patient, channel)) != 1)
                .Select(channel => $"patient {patient}: {welcomes.GetValueOrDefault((patient, channel))} welcome {channel} sent"))));

        var refused = registrations.Where(operation => !operation.Succeeded).ToList();
        results.Add(await HalfWrittenRegistrationsAsync(refused, cancellationToken));

        // Walk-ins: the record and its registration bill; a failed one left nothing or a whole record.
        var walkIns = of(FaultLoad.WalkIn);
        var walkInPatients = (await databases.QueryAsync(Patients,
                "SELECT lower(\"Email\"), \"Id\" FROM \"Patients\" WHERE lower(\"Email\") = ANY(@emails)", cancellationToken,
                ("emails", walkIns.Select(operation => operation.Key.ToLowerInvariant()).ToArray())))
            .GroupBy(row => (string)row[0]!).ToDictionary(group => group.Key, group => group.Select(row => (Guid)row[1]!).ToList());
        var walkInBills = await CountByPatientAsync(Billing,
            "SELECT \"PatientId\", count(*) FROM \"Bills\" WHERE \"BillType\" = 'Registration' AND \"PatientId\" = ANY(@ids) GROUP BY 1",
            walkInPatients.Values.SelectMany(ids => ids).ToArray(), cancellationToken);
        results.Add(Invariant.Of("every walk-in answered 201 has its record and exactly one Registration bill", walkIns.Count(operation => operation.Succeeded),
            walkIns.Where(operation => operation.Succeeded).SelectMany(operation =>
                walkInPatients.GetValueOrDefault(operation.Key.ToLowerInvariant()) is [var patient]
                    ? walkInBills.GetValueOrDefault(patient) == 1 ? [] : new[] { $"{operation.Key}: {walkInBills.GetValueOrDefault(patient)} Registration bills" }
                    : [$"{operation.Key}: {walkInPatients.GetValueOrDefault(operation.Key.ToLowerInvariant())?.Count ?? 0} records"])));
        results.Add(Invariant.Of("every failed walk-in left nothing or one whole record (with its Registration bill)", walkIns.Count(operation => !operation.Succeeded),
            walkIns.Where(operation => !operation.Succeeded).SelectMany(operation =>
                walkInPatients.GetValueOrDefault(operation.Key.ToLowerInvariant()) switch
                {
                    null => [],
                    [var patient] => walkInBills.GetValueOrDefault(patient) == 1 ? [] : new[] { $"{operation.Key}: a record with {walkInBills.GetValueOrDefault(patient)} Registration bills" },
                    var several => [$"{operation.Key}: {several.Count} records"],
                })));

        results.Add(await WalkInsAuditedAsync([.. walkInPatients.Values.SelectMany(ids => ids)], cancellationToken));

        results.Add(Invariant.Of("no patient has two Registration bills", 1,
            (await databases.QueryAsync(Billing, "SELECT \"PatientId\", count(*) FROM \"Bills\" WHERE \"BillType\" = 'Registration' GROUP BY 1 HAVING count(*) > 1", cancellationToken))
                .Select(row => $"patient {row[0]}: {row[1]} Registration bills")));

        results.AddRange(await MoneyAsync(of(FaultLoad.Bill), of(FaultLoad.Payment), cancellationToken));
        results.AddRange(await NoticesAsync([.. seededPatients, .. registeredPatients, .. walkInPatients.Values.SelectMany(ids => ids)], cancellationToken));
        results.AddRange(await AppointmentsAndReportsAsync(of(FaultLoad.Booking), of(FaultLoad.Upload), cancellationToken));
        results.AddRange(await LeftoversAsync(cancellationToken));
        results.Add(ClearFailures(operations));
        return results;
    }

    /// <summary>A record's creation is audited in its own transaction: whatever failed on the way, each stored walk-in is in the audit store once.</summary>
    private async Task<Invariant> WalkInsAuditedAsync(Guid[] walkInPatients, CancellationToken cancellationToken)
    {
        var audited = await CountByPatientAsync(ResourceNames.AuditDatabase, """
            SELECT p, count(*) FROM "AuditRecords", unnest("PatientIds") AS p
            WHERE "Action" = 'Create' AND "ResourceType" = 'Patient' AND "PatientIds" && @ids GROUP BY 1
            """, walkInPatients, cancellationToken);
        return Invariant.Of("every stored walk-in has exactly one audit record of its creation", walkInPatients.Length,
            walkInPatients.Where(patient => audited.GetValueOrDefault(patient) != 1)
                .Select(patient => $"patient {patient}: {audited.GetValueOrDefault(patient)} audit records of its creation"));
    }

    /// <summary>A sign-up that failed either made no account, or an account with its whole record (the record follows by event).</summary>
    private async Task<Invariant> HalfWrittenRegistrationsAsync(List<Operation> refused, CancellationToken cancellationToken)
    {
        var accounts = (await databases.QueryAsync(ResourceNames.AuthDatabase,
                "SELECT lower(\"Email\"), \"Id\" FROM \"AspNetUsers\" WHERE lower(\"Email\") = ANY(@emails)", cancellationToken,
                ("emails", refused.Select(operation => operation.Key.ToLowerInvariant()).ToArray())))
            .ToDictionary(row => (string)row[0]!, row => (Guid)row[1]!);
        var records = await CountByPatientAsync(Patients,
            "SELECT \"AuthUserId\", count(*) FROM \"Patients\" WHERE \"AuthUserId\" = ANY(@ids) GROUP BY 1", [.. accounts.Values], cancellationToken);
        return Invariant.Of("every failed self-registration left no account, or an account with exactly one patient record", refused.Count,
            accounts.Where(account => records.GetValueOrDefault(account.Value) != 1)
                .Select(account => $"{account.Key}: an account with {records.GetValueOrDefault(account.Value)} patient records"));
    }

    private async Task<IEnumerable<Invariant>> MoneyAsync(List<Operation> bills, List<Operation> payments, CancellationToken cancellationToken)
    {
        var createdBills = bills.Where(operation => operation.Succeeded).Select(operation => operation.Id!.Value).ToArray();
        var storedBills = await databases.CountAsync(Billing, "SELECT count(*) FROM \"Bills\" WHERE \"Id\" = ANY(@ids)", cancellationToken, ("ids", createdBills));
        var paymentsByKey = (await databases.QueryAsync(Billing,
                "SELECT \"IdempotencyKey\", count(*) FROM \"Payment\" WHERE \"IdempotencyKey\" = ANY(@keys) GROUP BY 1", cancellationToken,
                ("keys", payments.Select(operation => operation.Key).ToArray())))
            .ToDictionary(row => (string)row[0]!, row => (long)row[1]!);
        var overpaid = await databases.QueryAsync(Billing, """
            SELECT b."Number", b."Total", b."AmountPaid", coalesce(sum(p."Amount" - p."ExcessRefunded"), 0)
            FROM "Bills" b LEFT JOIN "Payment" p ON p."BillId" = b."Id"
            GROUP BY b."Id", b."Number", b."Total", b."AmountPaid"
            HAVING b."AmountPaid" > b."Total" OR b."AmountPaid" <> coalesce(sum(p."Amount" - p."ExcessRefunded"), 0)
            """, cancellationToken);
        var billCount = await databases.CountAsync(Billing, "SELECT count(*) FROM \"Bills\"", cancellationToken);
        return
        [
            Invariant.Of("every bill answered 201 is stored", createdBills.Length,
                storedBills == createdBills.Length ? [] : [$"{createdBills.Length - storedBills} bills answered 201 are not stored"]),
            Invariant.Of("every payment answered 201 is recorded exactly once, however often its key was sent", payments.Count(operation => operation.Succeeded),
                payments.Where(operation => operation.Succeeded && paymentsByKey.GetValueOrDefault(operation.Key) != 1)
                    .Select(operation => $"key {operation.Key} ({operation.Attempts.Count} attempts): {paymentsByKey.GetValueOrDefault(operation.Key)} payments")),
            Invariant.Of("no payment that was never answered 201 was recorded twice", payments.Count(operation => !operation.Succeeded),
                payments.Where(operation => !operation.Succeeded && paymentsByKey.GetValueOrDefault(operation.Key) > 1)
                    .Select(operation => $"key {operation.Key}: {paymentsByKey[operation.Key]} payments")),
            Invariant.Of("no bill's paid amount exceeds its total or differs from its payments", (int)billCount,
                overpaid.Select(row => $"{row[0]}: total {row[1]}, paid {row[2]}, payments {row[3]}")),
        ];
    }

    /// <summary>Each bill issued and each payment received produced one notice of its kind per channel, and every message was sent.</summary>
    private async Task<IEnumerable<Invariant>> NoticesAsync(Guid[] patients, CancellationToken cancellationToken)
    {
        var bills = await CountByPatientAsync(Billing, "SELECT \"PatientId\", count(*) FROM \"Bills\" WHERE \"PatientId\" = ANY(@ids) GROUP BY 1", patients, cancellationToken);
        var payments = await CountByPatientAsync(Billing,
            "SELECT b.\"PatientId\", count(*) FROM \"Payment\" p JOIN \"Bills\" b ON b.\"Id\" = p.\"BillId\" WHERE b.\"PatientId\" = ANY(@ids) GROUP BY 1", patients, cancellationToken);
        var notices = (await databases.QueryAsync(Notifications,
                "SELECT \"PatientId\", \"Template\", \"Channel\", count(*) FROM \"Deliveries\" WHERE \"PatientId\" = ANY(@ids) AND \"Template\" IN ('bill-issued', 'payment-receipt') GROUP BY 1, 2, 3",
                cancellationToken, ("ids", patients)))
            .ToDictionary(row => ((Guid)row[0]!, (string)row[1]!, (string)row[2]!), row => (long)row[3]!);
        IEnumerable<string> Mismatches(string template, Dictionary<Guid, long> expected) =>
            patients.SelectMany(patient => Channels
                .Where(channel => notices.GetValueOrDefault((patient, template, channel)) != expected.GetValueOrDefault(patient))
                .Select(channel => $"patient {patient}: {expected.GetValueOrDefault(patient)} expected, {notices.GetValueOrDefault((patient, template, channel))} {template} {channel}"));

        var unsent = await databases.QueryAsync(Notifications, "SELECT \"Status\", \"Template\", count(*) FROM \"Deliveries\" WHERE \"Status\" <> 'Sent' GROUP BY 1, 2", cancellationToken);
        var sentEmails = (await databases.QueryAsync(Notifications,
                "SELECT lower(\"Recipient\"), count(*) FROM \"Deliveries\" WHERE \"Channel\" = 'Email' AND \"Status\" = 'Sent' GROUP BY 1", cancellationToken))
            .ToDictionary(row => (string)row[0]!, row => (long)row[1]!);
        var received = (await mail.ListAsync(cancellationToken))
            .SelectMany(message => message.To.Select(address => address.ToLowerInvariant()))
            .GroupBy(address => address).ToDictionary(group => group.Key, group => (long)group.Count());
        return
        [
            Invariant.Of("every BillIssued produced exactly one bill notice per channel", (int)bills.Values.Sum(), Mismatches("bill-issued", bills)),
            Invariant.Of("every PaymentReceived produced exactly one receipt per channel", (int)payments.Values.Sum(), Mismatches("payment-receipt", payments)),
            Invariant.Of("every message was sent (none pending or failed)", 1, unsent.Select(row => $"{row[2]} {row[1]} messages {row[0]}")),
            Invariant.Of("every email recorded as sent arrived in the mailbox", sentEmails.Count,
                sentEmails.Where(sent => received.GetValueOrDefault(sent.Key) < sent.Value)
                    .Select(sent => $"{sent.Key}: {sent.Value} sent, {received.GetValueOrDefault(sent.Key)} received")),
            new Invariant("emails that arrived twice (measured: SMTP accepted them, then the database lost the record of sending, so they were sent again)", sentEmails.Count,
                [.. sentEmails.Where(sent => received.GetValueOrDefault(sent.Key) > sent.Value)
                    .Select(sent => $"{sent.Key}: {sent.Value} sent, {received.GetValueOrDefault(sent.Key)} received")], Informational: true),
        ];
    }

    private async Task<IEnumerable<Invariant>> AppointmentsAndReportsAsync(List<Operation> bookings, List<Operation> uploads, CancellationToken cancellationToken)
    {
        var booked = bookings.Where(operation => operation.Succeeded).Select(operation => operation.Id!.Value).ToArray();
        var storedBookings = await databases.CountAsync(Patients, "SELECT count(*) FROM \"Appointments\" WHERE \"Id\" = ANY(@ids)", cancellationToken, ("ids", booked));
        var doubleBooked = await databases.QueryAsync(Patients,
            "SELECT \"DoctorId\", \"StartsAt\", count(*) FROM \"Appointments\" WHERE \"Status\" <> 'Cancelled' GROUP BY 1, 2 HAVING count(*) > 1", cancellationToken);
        var uploaded = uploads.Where(operation => operation.Succeeded).Select(operation => operation.Id!.Value).ToArray();
        var storedUploads = await databases.CountAsync(Patients,
            "SELECT count(*) FROM \"Documents\" d JOIN \"DocumentContents\" c ON c.\"DocumentId\" = d.\"Id\" WHERE d.\"Id\" = ANY(@ids)", cancellationToken, ("ids", uploaded));
        var withoutContent = await databases.CountAsync(Patients,
            "SELECT count(*) FROM \"Documents\" d LEFT JOIN \"DocumentContents\" c ON c.\"DocumentId\" = d.\"Id\" WHERE c.\"DocumentId\" IS NULL", cancellationToken);
        return
        [
            Invariant.Of("every booking answered 201 is stored, and no slot is booked twice", booked.Length,
                [.. storedBookings == booked.Length ? [] : new[] { $"{booked.Length - storedBookings} bookings answered 201 are not stored" },
                 .. doubleBooked.Select(row => $"doctor {row[0]} at {row[1]}: {row[2]} appointments")]),
            Invariant.Of("every report answered 201 is stored with its file, and no report lacks its file", uploaded.Length,
                [.. storedUploads == uploaded.Length ? [] : new[] { $"{uploaded.Length - storedUploads} reports answered 201 are not stored whole" },
                 .. withoutContent == 0 ? [] : new[] { $"{withoutContent} reports without their file" }]),
        ];
    }

    private async Task<IEnumerable<Invariant>> LeftoversAsync(CancellationToken cancellationToken)
    {
        var results = new List<Invariant>();
        foreach (var database in FaultDatabases.ServiceDatabases)
        {
            var outbox = await databases.CountAsync(database, "SELECT count(*) FROM wolverine.wolverine_outgoing_envelopes", cancellationToken);
            var inbox = await databases.CountAsync(database, "SELECT count(*) FROM wolverine.wolverine_incoming_envelopes WHERE status <> 'Handled'", cancellationToken);
            var deadLetters = await databases.QueryAsync(database, "SELECT message_type, exception_type, exception_message FROM wolverine.wolverine_dead_letters", cancellationToken);
            results.Add(Invariant.Of($"{database}: outbox drained, inbox handled, no dead letters", 1,
                [.. outbox == 0 ? [] : new[] { $"{outbox} envelopes still in the outbox" },
                 .. inbox == 0 ? [] : new[] { $"{inbox} envelopes in the inbox not handled" },
                 .. deadLetters.Select(row => $"dead letter {row[0]}: {row[1]} {row[2]}")]));
        }

        return results;
    }

    /// <summary>Clients saw only clear failures: 5xx answers without stack traces, or no answer (timeouts, refused connections); never a 4xx they did not cause.</summary>
    private static Invariant ClearFailures(IReadOnlyCollection<Operation> operations)
    {
        var attempts = operations.SelectMany(operation => operation.Attempts.Select(attempt => (operation, attempt))).ToList();
        return Invariant.Of("every failed request failed clearly: a 5xx without a stack trace or no answer, never a 4xx", attempts.Count,
            attempts.Where(pair => !pair.attempt.Answered(pair.operation.Expected)
                    && (pair.attempt.Status is >= 400 and < 500 || pair.attempt.Outcome.Contains("stack trace", StringComparison.Ordinal)))
                .Select(pair => $"{pair.operation.Kind} {pair.operation.Key}: {pair.attempt.Outcome} at {pair.attempt.StartedAt:HH:mm:ss.fff}"));
    }

    private async Task<Dictionary<Guid, long>> CountByPatientAsync(string database, string sql, Guid[] ids, CancellationToken cancellationToken) =>
        (await databases.QueryAsync(database, sql, cancellationToken, ("ids", ids))).ToDictionary(row => (Guid)row[0]!, row => (long)row[1]!);
}
