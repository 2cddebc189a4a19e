using Pms.Patients.Model;

namespace Pms.Patients.Apis;

public sealed record FeeDto(FeeStatus Status, Guid? BillId);
