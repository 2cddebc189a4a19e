namespace Pms.Patients.Services;

/// <summary>Section <c>RegistrationFees</c>.</summary>
public sealed class RegistrationFeeOptions
{
    public const string SectionName = "RegistrationFees";

    /// <summary>How often pending fees are tried again.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a fee must have been pending before the job tries it: longer than a request's own
    /// charge may take (the billing client gives up after 6 s), so the job never charges a fee at
    /// the same moment as the request that made it pending.
    /// </summary>
    public TimeSpan RetryPendingAfter { get; set; } = TimeSpan.FromSeconds(10);

    public int BatchSize { get; set; } = 50;
}
