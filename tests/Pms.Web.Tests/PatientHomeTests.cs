using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bunit;
using Microsoft.AspNetCore.Components;
using Pms.Contracts;
using Pms.Web.Components.Pages.Patient;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed partial class PatientHomeTests : WebComponentTest
{
    private static readonly Patient Pending = new(Guid.NewGuid(), "PMS-000042", "Mary", "Seacole", new DateOnly(1985, 11, 23), "Female",
        "mary@example.org", "+442079460018", null, null, true, new RegistrationFee("Pending", null), DateTimeOffset.UtcNow, 1);

    public PatientHomeTests() => SignIn(PmsRoles.Patient);

    [Fact]
    public void SavedContactDetailsReplaceTheFormOnTheRecord()
    {
        var charged = Pending with { RegistrationFee = new RegistrationFee("Charged", Guid.NewGuid()), Version = 2 };
        Gateway.Answer(HttpStatusCode.OK, charged)
            .Answer(HttpStatusCode.OK, new PagedResult<Bill>([], 1, 50, 0))
            .Answer(HttpStatusCode.OK, new PagedResult<Delivery>([], 1, 50, 0))
            .Answer(HttpStatusCode.OK, charged with { PhoneNumber = "+442079460019", Version = 3 });
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var page = Render<PatientHome>();
        page.WaitForAssertion(() => Assert.Equal(3, Gateway.Requests.Count));

        page.Find("[data-testid=edit-contact]").Click();
        page.Find("input[type=tel]").Change("+44 20 7946 0019");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("+442079460019", Text(page, "[data-testid=patient-summary]"), StringComparison.Ordinal));
        Assert.Empty(page.FindAll("form"));
        Assert.Equal(HttpMethod.Put, Gateway.Requests[3].Method);
        var sent = JsonDocument.Parse(Gateway.Requests[3].Body!).RootElement;
        Assert.Equal("+44 20 7946 0019", sent.GetProperty("phoneNumber").GetString());
        Assert.Equal(2u, sent.GetProperty("version").GetUInt32());
    }

    private static string Text(IRenderedComponent<PatientHome> page, string selector) => Spaces().Replace(page.Find(selector).TextContent, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
