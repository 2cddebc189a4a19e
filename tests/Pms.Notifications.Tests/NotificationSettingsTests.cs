using Pms.Testing;
using Microsoft.Extensions.Options;
using Pms.Notifications.Tests.Infrastructure;

namespace Pms.Notifications.Tests;

public sealed class NotificationSettingsTests
{
    [TimedFact]
    public async Task TheServiceDoesNotStartWithADefaultPhoneRegionThatIsNotOne()
    {
        await using var app = new NotificationsApp(new Dictionary<string, string> { ["PhoneNumbers:DefaultRegion"] = "UK" });

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => app.InitializeAsync().AsTask());

        Assert.Equal(["PhoneNumbers:DefaultRegion is not a region code such as US or GB."], refused.Failures);
    }
}
