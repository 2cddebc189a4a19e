using Pms.Contracts.Billing;

namespace Pms.Billing.Services;

/// <summary>A fee request that passed <see cref="FeeRequestRules"/>: the catalog code to charge is known.</summary>
public sealed record ValidFee(FeeKind Kind, string FeeCode, FeePatient Patient, string IdempotencyKey);
