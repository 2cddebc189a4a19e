namespace Pms.Audit.Apis;

public sealed record AccessHistoryDto(IReadOnlyList<AccessHistoryItemDto> Items);
