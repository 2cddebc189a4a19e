namespace Pms.Notifications.Dtos;

public sealed record PreferencesDto(bool Email, bool Sms);
