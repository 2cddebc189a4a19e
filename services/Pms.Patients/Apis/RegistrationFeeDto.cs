using Pms.Patients.Model;

namespace Pms.Patients.Apis;

public sealed record RegistrationFeeDto(RegistrationFeeStatus Status, Guid? BillId);
