namespace Pms.Patients.Services;

/// <summary>What a request about a doctor came to; <typeparamref name="T"/> is what it answers with when done.</summary>
public abstract record DoctorOutcome<T>
{
    public sealed record Done(T Value) : DoctorOutcome<T>;

    public sealed record Invalid(IDictionary<string, string[]> Errors) : DoctorOutcome<T>;

    public sealed record Refused(int Status, string Title) : DoctorOutcome<T>;
}
