using Pms.Patients.Model;

namespace Pms.Patients.Dtos;

public sealed record FeeDto(FeeStatus Status, Guid? BillId);
