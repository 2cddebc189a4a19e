using Hl7.Fhir.Model;

namespace Pms.ServiceDefaults.Fhir;

/// <summary>
/// Everything PMS's FHIR API serves, across the services that serve it: one CapabilityStatement, and the list the
/// gateway's routes and the tests that walk the API are checked against.
/// </summary>
public static class FhirCapabilities
{
    public static IReadOnlyList<FhirResourceCapability> Resources { get; } =
    [
        new(ResourceType.Patient, [
            Token("_id", "The record's id"),
            Token("identifier", "An identifier, as system|value or value (the MRN)"),
            Text("name", "Any part of the name, from its start, accents and case ignored"),
            Text("family", "The family name, from its start"),
            Text("given", "The given name, from its start"),
            Date("birthdate", "The date of birth (a day)"),
            Token("phone", "A phone number, in any common notation"),
            Token("email", "An e-mail address, case ignored"),
        ], ["everything"]),
        new(ResourceType.Practitioner, [Token("_id", "The doctor's id"), Text("name", "Any part of the doctor's name, from its start")]),
        new(ResourceType.Schedule, [Token("_id", "The doctor's id"), Reference("actor", "The doctor (Practitioner/{id})")]),
        new(ResourceType.Slot, [
            Reference("schedule", "The doctor's schedule (Schedule/{id}); required"),
            Date("start", "The day of the doctor's clock (yyyy-MM-dd); today unless given"),
            Token("status", "free or busy"),
        ]),
        new(ResourceType.Appointment, [
            Token("_id", "The appointment's id"),
            Reference("patient", "The patient (Patient/{id})"),
            Reference("practitioner", "The doctor (Practitioner/{id})"),
            Date("date", "The day the appointment starts (yyyy-MM-dd, UTC)"),
            Token("status", "booked, cancelled, fulfilled or noshow"),
        ]),
        new(ResourceType.DocumentReference, [Token("_id", "The document's id"), Reference("patient", "The patient (Patient/{id})")]),
        new(ResourceType.Invoice, [
            Token("_id", "The bill's id"),
            Reference("patient", "The patient (Patient/{id})"),
            Token("status", "issued, balanced or cancelled"),
        ]),
    ];

    public static FhirResourceCapability Of(ResourceType type) => Resources.Single(resource => resource.Type == type);

    public static CapabilityStatement Statement(string baseUrl) => new()
    {
        Id = "pms",
        Url = $"{baseUrl}/metadata",
        Name = "PmsFhirApi",
        Title = "PMS FHIR R4 API",
        Status = PublicationStatus.Active,
        Date = "2026-12-06",
        Publisher = "PMS",
        Kind = CapabilityStatementKind.Instance,
        Software = new CapabilityStatement.SoftwareComponent { Name = "PMS" },
        Implementation = new CapabilityStatement.ImplementationComponent { Description = "PMS patient management system", Url = baseUrl },
        FhirVersion = FHIRVersion.N4_0_1,
        Format = [FhirJson.MediaType],
        Rest =
        [
            new CapabilityStatement.RestComponent
            {
                Mode = CapabilityStatement.RestfulCapabilityMode.Server,
                Security = new CapabilityStatement.SecurityComponent
                {
                    Service = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/restful-security-service", "SMART-on-FHIR")],
                    Description = "Bearer access tokens from /api/auth/login. Scope patient/*.read reads the signed-in patient's own data; user/*.read (staff, doctors, administrators) reads any patient's.",
                },
                Resource = [.. Resources.Select(resource => resource.ToComponent())],
            },
        ],
    };

    private static FhirSearchParameter Token(string name, string documentation) => new(name, SearchParamType.Token, documentation);

    private static FhirSearchParameter Text(string name, string documentation) => new(name, SearchParamType.String, documentation);

    private static FhirSearchParameter Date(string name, string documentation) => new(name, SearchParamType.Date, documentation);

    private static FhirSearchParameter Reference(string name, string documentation) => new(name, SearchParamType.Reference, documentation);
}
