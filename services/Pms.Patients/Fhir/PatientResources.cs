using System.Globalization;
using Pms.Patients.Model;
using Pms.Patients.Services;
using R4 = Hl7.Fhir.Model;

namespace Pms.Patients.Fhir;

/// <summary>A patient's record as a FHIR Patient: the MRN as its identifier, name, gender, birth date, contact details and emergency contact.</summary>
public static class PatientResources
{
    public const string MrnSystem = "urn:pms:mrn";

    private const string IdentifierTypes = "http://terminology.hl7.org/CodeSystem/v2-0203";
    private const string ContactRoles = "http://terminology.hl7.org/CodeSystem/v2-0131";

    /// <param name="identifiers">The system of each kind of identifier here.</param>
    /// <param name="replaces">The records merged into this one, while their merges stand.</param>
    public static R4.Patient From(Patient patient, IdentifierOptions identifiers, IEnumerable<Guid> replaces)
    {
        var resource = new R4.Patient
        {
            Id = patient.Id.ToString(),
            Meta = new R4.Meta { VersionId = patient.Version.ToString(CultureInfo.InvariantCulture), LastUpdated = patient.UpdatedAt },
            Identifier =
            [
                new R4.Identifier(MrnSystem, patient.Mrn)
                {
                    Use = R4.Identifier.IdentifierUse.Usual,
                    Type = new R4.CodeableConcept(IdentifierTypes, "MR", "Medical record number"),
                },
                .. patient.Identifiers.Select(identifier => new R4.Identifier(identifiers.For(identifier.Kind).System, identifier.Value)
                {
                    Use = R4.Identifier.IdentifierUse.Official,
                    Type = identifier.Kind switch
                    {
                        IdentifierKind.NationalId => new R4.CodeableConcept(IdentifierTypes, "NI", "National unique individual identifier"),
                        IdentifierKind.InsuranceMemberId => new R4.CodeableConcept(IdentifierTypes, "MB", "Member Number"),
                        _ => new R4.CodeableConcept(IdentifierTypes, "PPN", "Passport number"),
                    },
                }),
            ],
            Active = patient.Active,
            Name = [new R4.HumanName { Use = R4.HumanName.NameUse.Official, Family = patient.LastName, Given = [patient.FirstName] }],
            Gender = patient.Sex switch
            {
                Sex.Female => R4.AdministrativeGender.Female,
                Sex.Male => R4.AdministrativeGender.Male,
                Sex.Other => R4.AdministrativeGender.Other,
                _ => R4.AdministrativeGender.Unknown,
            },
            BirthDate = patient.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Telecom = [.. Telecom(patient.PhoneNumber, patient.Email)],
        };
        if (patient.ReplacedBy is { } survivor)
        {
            resource.Link.Add(new R4.Patient.LinkComponent { Other = Reference(survivor), Type = R4.Patient.LinkType.ReplacedBy });
        }

        resource.Link.AddRange(replaces.Order().Select(duplicate => new R4.Patient.LinkComponent { Other = Reference(duplicate), Type = R4.Patient.LinkType.Replaces }));

        if (patient.DeceasedOn is { } deceasedOn)
        {
            resource.Deceased = new R4.FhirDateTime(deceasedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (patient.PreferredLanguage is { } language)
        {
            resource.Communication.Add(new R4.Patient.CommunicationComponent
            {
                Language = new R4.CodeableConcept("urn:ietf:bcp:47", language),
                Preferred = true,
            });
        }

        if (patient.Address is { } address && Address(address) is { } postal)
        {
            resource.Address.Add(postal);
        }

        if (patient.EmergencyContact is { } contact && (!string.IsNullOrWhiteSpace(contact.Name) || !string.IsNullOrWhiteSpace(contact.PhoneNumber)))
        {
            resource.Contact.Add(new R4.Patient.ContactComponent
            {
                Relationship = [new R4.CodeableConcept(ContactRoles, "C", "Emergency Contact", contact.Relationship)],
                Name = string.IsNullOrWhiteSpace(contact.Name) ? null : new R4.HumanName { Text = contact.Name },
                Telecom = [.. Telecom(contact.PhoneNumber, null)],
            });
        }

        return resource;
    }

    public static R4.ResourceReference Reference(Guid patientId) => new($"Patient/{patientId}");

    private static IEnumerable<R4.ContactPoint> Telecom(string? phone, string? email)
    {
        if (!string.IsNullOrWhiteSpace(phone))
        {
            yield return new R4.ContactPoint(R4.ContactPoint.ContactPointSystem.Phone, null, phone);
        }

        if (!string.IsNullOrWhiteSpace(email))
        {
            yield return new R4.ContactPoint(R4.ContactPoint.ContactPointSystem.Email, null, email);
        }
    }

    private static R4.Address? Address(Address address)
    {
        var lines = new[] { address.Line1, address.Line2 }.Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line!).ToList();
        var postal = new R4.Address
        {
            Line = lines,
            City = Blank(address.City),
            State = Blank(address.Region),
            PostalCode = Blank(address.PostalCode),
            Country = Blank(address.Country),
        };
        return lines.Count == 0 && postal.City is null && postal.State is null && postal.PostalCode is null && postal.Country is null ? null : postal;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
