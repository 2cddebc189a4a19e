namespace Pms.Patients.Dtos;

/// <summary>The fields of a document upload (multipart/form-data), as sent.</summary>
public sealed record DocumentUpload(string? Title, string? Kind, string? DocumentDate, IReadOnlyList<IFormFile> Files)
{
    public static DocumentUpload From(IFormCollection form) => new(
        form["title"].FirstOrDefault(), form["kind"].FirstOrDefault(), form["documentDate"].FirstOrDefault(), [.. form.Files]);
}
