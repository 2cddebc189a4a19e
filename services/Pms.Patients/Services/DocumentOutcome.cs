using Pms.Patients.Dtos;

namespace Pms.Patients.Services;

public abstract record DocumentOutcome
{
    public sealed record Stored(DocumentDto Document) : DocumentOutcome;

    public sealed record Content(DocumentDto Document, Stream Bytes) : DocumentOutcome;

    public sealed record Deleted : DocumentOutcome;

    public sealed record Invalid(IDictionary<string, string[]> Errors) : DocumentOutcome;

    public sealed record Refused(int Status, string Title, string? Detail = null) : DocumentOutcome;
}
