namespace Pms.ServiceDefaults.Phones;

/// <summary>How every service reads a phone number typed without its country code.</summary>
public sealed class PhoneOptions
{
    public const string SectionName = "PhoneNumbers";

    /// <summary>An ISO 3166 region code such as <c>US</c> or <c>GB</c>.</summary>
    public string DefaultRegion { get; set; } = "US";
}
