using Microsoft.Extensions.Options;
using Pms.Notifications.Model;
using Pms.Notifications.Services;

namespace Pms.Notifications.Tests;

public sealed class TemplateRendererTests
{
    private static readonly string[] Templates = ["welcome", "bill-issued", "payment-receipt", "bill-voided", "refund-issued", "claim-denied",
        "appointment-booked", "appointment-rescheduled", "appointment-cancelled", "appointment-reminder"];
    private readonly TemplateRenderer _renderer = new(Options.Create(new NotificationOptions()));

    private static Dictionary<string, object?> Model(string firstName = "Zoë")
    {
        var model = MessageModels.For(new PatientContact { FirstName = firstName, LastName = "Ångström-Lindqvist" }, "St. Bartholomew's Teaching Hospital");
        model["mrn"] = "PMS-0001234-5";
        model["number"] = "INV-2026-000123";
        model["bill_type"] = "Laboratory";
        model["total"] = MessageModels.Money(1234.5m);
        model["due"] = MessageModels.Money(1234.5m);
        model["amount"] = MessageModels.Money(99.99m);
        model["balance"] = MessageModels.Money(1134.51m);
        model["method"] = "Card";
        model["reason"] = "Test was not performed";
        model["payer"] = "Northwind Health Mutual Insurance Company";
        model["currency"] = "USD";
        model["doctor"] = "Ada Lovelace";
        model["starts_at"] = "Wednesday 30 September 2026, 14:30 (America/Argentina/ComodRivadavia)";
        model["previous_starts_at"] = "Tuesday 29 September 2026, 09:00 (America/Argentina/ComodRivadavia)";
        return model;
    }

    [Fact]
    public void TheWelcomeEmailHasASubjectATextPartAndAnHtmlPart()
    {
        var message = _renderer.RenderEmail("welcome", Model());

        Assert.Equal("Welcome to St. Bartholomew's Teaching Hospital, Zoë", message.Subject);
        Assert.Contains("Dear Zoë Ångström-Lindqvist", message.Body, StringComparison.Ordinal);
        Assert.Contains("PMS-0001234-5", message.Body, StringComparison.Ordinal);
        Assert.Contains("<strong>PMS-0001234-5</strong>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "The balance is now 1,134.51 USD.")]
    [InlineData(true, "The bill is now paid in full.")]
    public void AReceiptSaysWhatIsLeftToPayOrThatTheBillIsPaidInFull(bool paidInFull, string sentence)
    {
        var model = Model();
        model["paid_in_full"] = paidInFull;
        model["method"] = MessageModels.PaymentMethod("BankTransfer");

        var message = _renderer.RenderEmail("payment-receipt", model);

        Assert.Contains("We received 99.99 USD (bank transfer) for bill INV-2026-000123. " + sentence, message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePasswordResetEmailCarriesTheLinkAndHowLongItWorks()
    {
        var model = new Dictionary<string, object?>
        {
            ["hospital"] = "St. Bartholomew's Teaching Hospital",
            ["first_name"] = "Zoë",
            ["reset_url"] = "https://pms.example.org/reset-password?token=abc_DEF-123",
            ["minutes"] = "30",
        };

        var message = _renderer.RenderEmail("password-reset", model);

        Assert.Equal("Reset your St. Bartholomew's Teaching Hospital password", message.Subject);
        Assert.Contains("https://pms.example.org/reset-password?token=abc_DEF-123", message.Body, StringComparison.Ordinal);
        Assert.Contains("within 30 minutes", message.Body, StringComparison.Ordinal);
        Assert.Contains("href=\"https://pms.example.org/reset-password?token=abc_DEF-123\"", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void ValuesAreHtmlEncodedInTheHtmlPartOnly()
    {
        var message = _renderer.RenderEmail("welcome", Model("<script>x</script>"));

        Assert.Contains("<script>x</script>", message.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void ABillNoticeSaysWhatTheInsurerPaysAndWhatThePatientOwes()
    {
        var model = Model();
        model["due"] = MessageModels.Money(246.9m);
        model["insurer_share"] = MessageModels.Money(987.6m);

        var email = _renderer.RenderEmail("bill-issued", model);
        var uninsured = _renderer.RenderEmail("bill-issued", Model());

        Assert.Contains("for 1,234.50 USD. Your insurance pays 987.60 USD of it; your share is 246.90 USD.", email.Body, StringComparison.Ordinal);
        Assert.Contains("your share is <strong>246.90 USD</strong>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("you owe 246.90 USD.", _renderer.RenderSms("bill-issued", model).Body, StringComparison.Ordinal);
        Assert.DoesNotContain("insurance", uninsured.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ABillTheInsuranceCoversInFullAsksForNothing()
    {
        var model = Model();
        model["due"] = MessageModels.Money(0m);
        model["insurer_share"] = MessageModels.Money(1234.5m);
        model["nothing_due"] = true;

        Assert.Contains("your insurance covers it all, so you owe nothing.", _renderer.RenderSms("bill-issued", model).Body, StringComparison.Ordinal);
        Assert.Contains("there is nothing for you to pay.", _renderer.RenderEmail("bill-issued", model).Body, StringComparison.Ordinal);
        Assert.DoesNotContain("pay it online", _renderer.RenderEmail("bill-issued", model).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeniedClaimTellsThePatientWhoDidNotPayWhyAndThatTheyOweIt()
    {
        var message = _renderer.RenderEmail("claim-denied", Model());

        Assert.Equal("Your insurer did not pay 99.99 USD of bill INV-2026-000123", message.Subject);
        Assert.Contains("Northwind Health Mutual Insurance Company did not pay its share of bill INV-2026-000123, 99.99 USD, for this reason: Test was not performed",
            message.Body, StringComparison.Ordinal);
        Assert.Contains("That amount is now yours to pay.", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void AmountsAppearWithTwoDecimals()
    {
        var message = _renderer.RenderEmail("payment-receipt", Model());

        Assert.Equal("Receipt: 99.99 USD paid on bill INV-2026-000123", message.Subject);
        Assert.Contains("The balance is now 1,134.51 USD", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryTemplateHasAnEmailAndAnSmsThatFitsTwoSegments()
    {
        foreach (var template in Templates)
        {
            var email = _renderer.RenderEmail(template, Model());
            var sms = _renderer.RenderSms(template, Model());

            Assert.False(string.IsNullOrWhiteSpace(email.Subject), template);
            Assert.False(string.IsNullOrWhiteSpace(email.HtmlBody), template);
            Assert.InRange(sms.Body.Length, 20, TemplateRenderer.MaximumSmsLength);
            Assert.DoesNotContain('\n', sms.Body);
        }
    }

    [Fact]
    public void AnEditedTemplateIsUsedAtOnce()
    {
        var directory = Directory.CreateTempSubdirectory("templates-");
        try
        {
            foreach (var file in Directory.GetFiles(new NotificationOptions().TemplateDirectory))
            {
                File.Copy(file, Path.Combine(directory.FullName, Path.GetFileName(file)));
            }

            var renderer = new TemplateRenderer(Options.Create(new NotificationOptions { TemplateDirectory = directory.FullName }));
            var before = renderer.RenderSms("bill-voided", Model());
            var path = Path.Combine(directory.FullName, "bill-voided.sms.liquid");
            File.WriteAllText(path, "Void: {{ number }}");
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(5));

            var after = renderer.RenderSms("bill-voided", Model());

            Assert.NotEqual(before.Body, after.Body);
            Assert.Equal("Void: INV-2026-000123", after.Body);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 8)]
    [InlineData(30, 300)]
    public void RetriesWaitTwiceAsLongEachTimeUpToFiveMinutes(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), new NotificationOptions().RetryDelayAfter(attempts));
}
