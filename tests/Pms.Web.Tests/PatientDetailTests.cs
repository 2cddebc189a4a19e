using System.Net;
using Bunit;
using Pms.Contracts;
using Pms.Web.Components.Pages.Staff;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed class PatientDetailTests : WebComponentTest
{
    private static readonly Patient Deceased = new(Guid.NewGuid(), "PMS-000042", "Grace", "Hopper", new DateOnly(1936, 12, 9), "Female", null, "+15550100",
        null, null, false, new RegistrationFee("Charged", null), DateTimeOffset.UtcNow, 7,
        [new PatientIdentifier("NationalId", "AB123456C")], false, new DateOnly(1992, 1, 1), "pt-BR", null);

    public PatientDetailTests() => SignIn(PmsRoles.Doctor);

    [Fact]
    public void TheRecordShowsItsStatusDateOfDeathIdentifiersAndLanguage()
    {
        Gateway.Answer(HttpStatusCode.OK, Deceased)
            .Answer(HttpStatusCode.OK, new[] { new IdentifierType("NationalId", "NHS number", "urn:pms:national-id", "[A-Z0-9]{5,20}", "AB123456C") })
            .Answer(HttpStatusCode.OK, new PagedResult<Doctor>([], 1, 100, 0))
            .Answer(HttpStatusCode.OK, new PagedResult<Appointment>([], 1, 100, 0))
            .Answer(HttpStatusCode.OK, Array.Empty<PatientDocument>());

        var page = Render<PatientDetail>(parameters => parameters.Add(page => page.Id, Deceased.Id));

        page.WaitForAssertion(() => Assert.Equal("NHS number", page.Find("[data-testid=identifier]").PreviousElementSibling?.TextContent));
        Assert.Equal("AB123456C", page.TextOf("[data-testid=identifier]"));
        Assert.Equal("Record status: Inactive", page.TextOf("[data-testid=record-status]"));
        Assert.Equal("Deceased on 1992-01-01", page.TextOf("[data-testid=deceased]"));
        Assert.Equal("Portuguese (Brazil), pt-BR", page.TextOf("[data-testid=preferred-language]"));
        Assert.Equal("/api/patients/identifier-types", Gateway.Requests[1].PathAndQuery);
    }
}
