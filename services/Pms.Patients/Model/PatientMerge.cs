namespace Pms.Patients.Model;

/// <summary>
/// A duplicate record merged into a surviving one: both records as they were, and what moved, so that an administrator
/// can undo it within the configured window.
/// </summary>
public sealed class PatientMerge
{
    public Guid Id { get; set; }

    public Guid SurvivorId { get; set; }

    public Guid DuplicateId { get; set; }

    public DateTimeOffset MergedAt { get; set; }

    public Guid MergedBy { get; set; }

    public required PatientSnapshot SurvivorBefore { get; set; }

    public required PatientSnapshot DuplicateBefore { get; set; }

    public List<Guid> MovedAppointmentIds { get; set; } = [];

    public List<Guid> MovedDocumentIds { get; set; } = [];

    public DateTimeOffset? UndoneAt { get; set; }

    public Guid? UndoneBy { get; set; }

    /// <summary>
    /// The survivor keeps its own values except the <paramref name="takenFromDuplicate"/> fields; it gains the identifiers
    /// of kinds it lacks; the duplicate becomes inactive, gives up its identifiers (and its account, when the survivor has
    /// none) and points at the survivor.
    /// </summary>
    public static void Combine(Patient survivor, Patient duplicate, IReadOnlySet<MergeField> takenFromDuplicate, DateTimeOffset now)
    {
        bool Take(MergeField field) => takenFromDuplicate.Contains(field);
        survivor.FirstName = Take(MergeField.FirstName) ? duplicate.FirstName : survivor.FirstName;
        survivor.LastName = Take(MergeField.LastName) ? duplicate.LastName : survivor.LastName;
        survivor.DateOfBirth = Take(MergeField.DateOfBirth) ? duplicate.DateOfBirth : survivor.DateOfBirth;
        survivor.Sex = Take(MergeField.Sex) ? duplicate.Sex : survivor.Sex;
        survivor.PhoneNumber = Take(MergeField.PhoneNumber) ? duplicate.PhoneNumber : survivor.PhoneNumber ?? duplicate.PhoneNumber;
        survivor.Email = Take(MergeField.Email) ? duplicate.Email : survivor.Email ?? duplicate.Email;
        survivor.Address = Take(MergeField.Address) ? duplicate.Address : survivor.Address ?? duplicate.Address;
        survivor.EmergencyContact = Take(MergeField.EmergencyContact) ? duplicate.EmergencyContact : survivor.EmergencyContact ?? duplicate.EmergencyContact;
        survivor.PreferredLanguage = Take(MergeField.PreferredLanguage) ? duplicate.PreferredLanguage : survivor.PreferredLanguage ?? duplicate.PreferredLanguage;
        survivor.DeceasedOn = Take(MergeField.DeceasedOn) ? duplicate.DeceasedOn : survivor.DeceasedOn ?? duplicate.DeceasedOn;
        survivor.Identifiers =
        [
            .. Enum.GetValues<IdentifierKind>()
                .Select(kind => (Theirs: duplicate.Identifiers.Find(held => held.Kind == kind), Ours: survivor.Identifiers.Find(held => held.Kind == kind), Kind: kind))
                .Select(pair => Take(Enum.Parse<MergeField>(pair.Kind.ToString())) ? pair.Theirs ?? pair.Ours : pair.Ours ?? pair.Theirs)
                .OfType<PatientIdentifier>()
                // The duplicate's rows are deleted: the survivor holds new ones with the same values.
                .Select(identifier => survivor.Identifiers.Contains(identifier) ? survivor.Identifiers.Find(held => held == identifier)! : identifier with { }),
        ];
        survivor.AuthUserId ??= duplicate.AuthUserId;
        survivor.UpdatedAt = now;
        survivor.Normalize();

        duplicate.Identifiers = [];
        duplicate.AuthUserId = survivor.AuthUserId == duplicate.AuthUserId ? null : duplicate.AuthUserId;
        duplicate.Active = false;
        duplicate.ReplacedBy = survivor.Id;
        duplicate.UpdatedAt = now;
    }
}
