using Pms.ServiceDefaults.Apis;

namespace Pms.Notifications.Dtos;

/// <summary>Both switches are required: a missing one is an error, never a silent "off".</summary>
public sealed record PreferencesRequest(bool? Email, bool? Sms)
{
    public Outcome<PreferencesDto> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Email is null)
        {
            errors["email"] = ["Say whether non-essential email is wanted: true or false."];
        }

        if (Sms is null)
        {
            errors["sms"] = ["Say whether non-essential SMS is wanted: true or false."];
        }

        return errors.Count > 0 ? new FieldErrors(errors) : new PreferencesDto(Email!.Value, Sms!.Value);
    }
}
