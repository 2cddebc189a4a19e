namespace Pms.Patients.Services;

/// <summary>Section <c>RegistrationFees</c>.</summary>
public sealed class RegistrationFeeOptions
{
    public const string SectionName = "RegistrationFees";

    /// <summary>How often pending fees are tried again.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(10);

    public int BatchSize { get; set; } = 50;
}
