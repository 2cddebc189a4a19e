using Pms.Billing.Fhir;
using Pms.Billing.Model;
using FhirModel = Hl7.Fhir.Model;

namespace Pms.Billing.Claims;

/// <summary>
/// A claim as a FHIR R4 Claim, the document an insurer or clearing house takes: <c>draft</c> until submitted, then
/// <c>active</c> (what the insurer made of it belongs in a ClaimResponse, which PMS does not write). The provider is the
/// hospital, the insurer the payer (by its code), the insurance the patient's coverage, each item a line of the insurer's
/// share with the catalog code of the bill line it covers.
/// </summary>
public static class ClaimResources
{
    public const string ClaimNumberSystem = "urn:pms:claim-number";
    public const string PayerSystem = "urn:pms:payer";
    private const string ClaimTypeSystem = "http://terminology.hl7.org/CodeSystem/claim-type";
    private const string PrioritySystem = "http://terminology.hl7.org/CodeSystem/processpriority";

    public static FhirModel.Claim From(ClaimPacket packet, string hospitalName)
    {
        var (claim, bill, coverage) = (packet.Claim, packet.Bill, packet.Coverage);
        return new FhirModel.Claim
        {
            Id = claim.Id.ToString(),
            Identifier = [new FhirModel.Identifier(ClaimNumberSystem, claim.Number)],
            Status = claim.Status == ClaimStatus.Draft ? FhirModel.FinancialResourceStatusCodes.Draft : FhirModel.FinancialResourceStatusCodes.Active,
            Type = new FhirModel.CodeableConcept(ClaimTypeSystem, "institutional"),
            Use = FhirModel.ClaimUseCode.Claim,
            Patient = new FhirModel.ResourceReference($"Patient/{claim.PatientId}", packet.PatientName),
            BillablePeriod = new FhirModel.Period(new FhirModel.FhirDateTime(bill.IssuedAt), new FhirModel.FhirDateTime(bill.IssuedAt)),
            CreatedElement = new FhirModel.FhirDateTime(claim.CreatedAt),
            Insurer = new FhirModel.ResourceReference { Identifier = new FhirModel.Identifier(PayerSystem, claim.PayerCode), Display = packet.PayerName },
            Provider = new FhirModel.ResourceReference { Display = hospitalName },
            Priority = new FhirModel.CodeableConcept(PrioritySystem, "normal"),
            Insurance =
            [
                new FhirModel.Claim.InsuranceComponent
                {
                    Sequence = 1,
                    Focal = true,
                    Identifier = new FhirModel.Identifier(PayerSystem, coverage.MemberId),
                    Coverage = new FhirModel.ResourceReference($"Coverage/{coverage.Id}", $"{packet.PayerName} {coverage.Plan}, member {coverage.MemberId}"),
                },
            ],
            Item = [.. claim.Lines.OrderBy(line => line.Position).Select(line => Item(line, claim.Currency))],
            Total = InvoiceResources.Amount(claim.Amount, claim.Currency),
        };
    }

    private static FhirModel.Claim.ItemComponent Item(ClaimLine line, string currency)
    {
        var service = new FhirModel.CodeableConcept { Text = line.Description };
        if (line.Code is { Length: > 0 } code)
        {
            service.Coding.Add(new FhirModel.Coding(InvoiceResources.CatalogSystem, code));
        }

        return new FhirModel.Claim.ItemComponent { Sequence = line.Position, ProductOrService = service, Net = InvoiceResources.Amount(line.Amount, currency) };
    }
}
