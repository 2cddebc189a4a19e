using Pms.Notifications.Services;

namespace Pms.Notifications.Tests;

public sealed class AppointmentTimesTests
{
    private static readonly DateTimeOffset MidsummerNoonUtc = new(2026, 6, 21, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheTimeIsShownOnTheDoctorsClockWithTheZoneNamed() =>
        Assert.Equal("Sunday 21 June 2026, 13:00 (Europe/London)", AppointmentTimes.Describe(MidsummerNoonUtc, "Europe/London"));

    [Theory]
    [InlineData("")]
    [InlineData("Atlantis/Capital")]
    public void WithoutAKnownZoneTheTimeIsShownInUtc(string zone) =>
        Assert.Equal("Sunday 21 June 2026, 12:00 (UTC)", AppointmentTimes.Describe(MidsummerNoonUtc, zone));
}
