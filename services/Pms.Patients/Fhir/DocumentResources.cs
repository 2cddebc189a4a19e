using Pms.Patients.Model;
using R4 = Hl7.Fhir.Model;

namespace Pms.Patients.Fhir;

/// <summary>A report on a patient's record as a FHIR DocumentReference whose attachment points at the existing download.</summary>
public static class DocumentResources
{
    private const string Loinc = "http://loinc.org";

    public static R4.DocumentReference From(PatientDocument document, string origin) => new()
    {
        Id = document.Id.ToString(),
        Meta = new R4.Meta { LastUpdated = document.UploadedAt },
        Status = R4.DocumentReferenceStatus.Current,
        Type = document.Kind switch
        {
            DocumentKind.LabResult => new R4.CodeableConcept(Loinc, "11502-2", "Laboratory report", "Lab result"),
            DocumentKind.Imaging => new R4.CodeableConcept(Loinc, "18748-4", "Diagnostic imaging study", "Imaging"),
            DocumentKind.Prescription => new R4.CodeableConcept(Loinc, "57833-6", "Prescription for medication", "Prescription"),
            _ => new R4.CodeableConcept { Text = "Other" },
        },
        Subject = PatientResources.Reference(document.PatientId),
        Date = document.UploadedAt,
        Description = document.Title,
        Content =
        [
            new R4.DocumentReference.ContentComponent
            {
                Attachment = new R4.Attachment
                {
                    ContentType = document.ContentType,
                    Url = $"{origin}/api/patients/{document.PatientId}/documents/{document.Id}/content",
                    SizeUnsignedInt = checked((int)document.SizeBytes),
                    Title = document.FileName,
                    Creation = document.DocumentDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                },
            },
        ],
    };
}
