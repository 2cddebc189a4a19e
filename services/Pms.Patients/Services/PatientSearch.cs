using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Patients.Dtos;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Phones;

namespace Pms.Patients.Services;

/// <summary>
/// One search box for names and emails (partial, any order of words, case and accents ignored), dates of birth
/// (<c>1984-03-27</c>, alone or with a name, as a front desk asks), MRNs, phone numbers and, whole, any identifier
/// (national ID, insurance member ID, passport); the trigram indexes keep partial matches fast.
/// </summary>
public sealed class PatientSearch(PatientDbContext db, IOptions<PhoneOptions> phones)
{
    public async Task<PagedResult<PatientDto>> SearchAsync(string? search, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        // A merged record stays readable by id (it points at its survivor) but is no longer found.
        var patients = db.Patients.AsNoTracking().Where(patient => patient.ReplacedBy == null);
        var term = search?.Trim() ?? "";
        if (term.Length > 0)
        {
            // Identifiers are looked up first, on their own: a term rarely is one, and a name fragment combined with the
            // lookup in one statement made PostgreSQL scan every record to count thousands of matches.
            var identifier = PatientIdentifier.Normalize(term);
            var holders = await patients.Where(patient => patient.Identifiers.Any(held => held.Value == identifier))
                .Select(patient => patient.Id)
                .ToListAsync(cancellationToken);
            var matching = Filter(patients, term, phones.Value.DefaultRegion);
            patients = holders.Count == 0
                ? matching
                : patients.Where(patient => holders.Contains(patient.Id) || matching.Select(match => match.Id).Contains(patient.Id));
        }

        return await ByName(patients, filtered: term.Length > 0)
            .Select(patient => PatientDto.From(patient))
            .ToPageAsync(page, pageSize, cancellationToken);
    }

    /// <summary>
    /// Listing everyone walks the name index in order. A search orders its matches by an expression the index does not
    /// hold: otherwise PostgreSQL, expecting matches spread evenly, walks the name index from A to find twenty
    /// "Smith"s near its end instead of fetching the few thousand matches through the trigram indexes and sorting them.
    /// </summary>
    private static IOrderedQueryable<Patient> ByName(IQueryable<Patient> patients, bool filtered) =>
        (filtered ? patients.OrderBy(patient => patient.LastName + "") : patients.OrderBy(patient => patient.LastName))
            .ThenBy(patient => patient.FirstName)
            .ThenBy(patient => patient.Id);

    private static IQueryable<Patient> Filter(IQueryable<Patient> patients, string term, string phoneRegion)
    {
        if (term.StartsWith("PMS-", StringComparison.OrdinalIgnoreCase))
        {
            var mrn = term.ToUpperInvariant();
            return patients.Where(patient => patient.Mrn.StartsWith(mrn));
        }

        if (term.Contains('@', StringComparison.Ordinal))
        {
            var email = $"%{LikePatterns.Escape(PatientNormalization.Email(term)!)}%";
            return patients.Where(patient => EF.Functions.Like(patient.NormalizedEmail!, email, LikePatterns.EscapeCharacter));
        }

        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var dateOfBirth in words.Select(DateOfBirth).OfType<DateOnly>())
        {
            patients = patients.Where(patient => patient.DateOfBirth == dateOfBirth);
        }

        term = string.Join(' ', words.Where(word => DateOfBirth(word) is null));
        var digits = new string([.. term.Where(char.IsAsciiDigit)]);
        if (digits.Length >= 4 && term.All(character => char.IsAsciiDigit(character) || " +-.()".Contains(character, StringComparison.Ordinal)))
        {
            // Numbers are stored in E.164: "020 7946 0018" typed at a London desk is +442079460018.
            var typed = $"%{digits}%";
            var stored = E164.From(term, phoneRegion) is { } e164 ? $"%{e164[1..]}%" : typed;
            return patients.Where(patient => EF.Functions.Like(patient.NormalizedPhone!, typed) || EF.Functions.Like(patient.NormalizedPhone!, stored));
        }

        foreach (var word in PatientNormalization.Text(term).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pattern = $"%{LikePatterns.Escape(word)}%";
            patients = patients.Where(patient =>
                EF.Functions.Like(patient.NormalizedName, pattern, LikePatterns.EscapeCharacter) || EF.Functions.Like(patient.NormalizedEmail!, pattern, LikePatterns.EscapeCharacter));
        }

        return patients;
    }

    private static DateOnly? DateOfBirth(string word) =>
        DateOnly.TryParseExact(word, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
