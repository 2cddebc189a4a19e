namespace Pms.Audit.Dtos;

public sealed record AccessHistoryDto(IReadOnlyList<AccessHistoryItemDto> Items);
