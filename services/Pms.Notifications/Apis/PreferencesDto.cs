namespace Pms.Notifications.Apis;

public sealed record PreferencesDto(bool Email, bool Sms);
