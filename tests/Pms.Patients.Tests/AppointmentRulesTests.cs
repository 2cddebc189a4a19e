using Pms.Patients.Model;

namespace Pms.Patients.Tests;

/// <summary>The appointment's own rules: which status may go where, and when.</summary>
public sealed class AppointmentRulesTests
{
    private static readonly DateTimeOffset Now = new(2030, 6, 17, 8, 0, 0, TimeSpan.Zero);
    private static readonly Slot Nine = new(Now.AddHours(1), Now.AddHours(1.5));
    private static readonly Slot Ten = new(Now.AddHours(2), Now.AddHours(2.5));

    [Fact]
    public void ABookedAppointmentHoldsItsSlotWithTheReasonTrimmed()
    {
        var appointment = Book(reason: "  Cough ");

        Assert.Equal((AppointmentStatus.Booked, Nine.StartsAt, Nine.EndsAt, "Cough"), (appointment.Status, appointment.StartsAt, appointment.EndsAt, appointment.Reason));
        Assert.Equal((Now, Now), (appointment.CreatedAt, appointment.UpdatedAt));
    }

    [Fact]
    public void BookingASlotThatHasStartedIsRefused()
    {
        var refused = Assert.Throws<AppointmentRuleException>(() => Appointment.Book(Guid.NewGuid(), Guid.NewGuid(), Nine, null, Guid.NewGuid(), Nine.StartsAt));

        Assert.Equal(AppointmentRuleException.Kinds.Unprocessable, refused.Kind);
    }

    [Fact]
    public void ReschedulingMovesTheAppointmentAndReturnsWhereItWas()
    {
        var appointment = Book();

        var previous = appointment.Reschedule(Ten, " Clash at work ", Now.AddMinutes(5));

        Assert.Equal(Nine.StartsAt, previous);
        Assert.Equal((Ten.StartsAt, Ten.EndsAt, "Clash at work", Now.AddMinutes(5)),
            (appointment.StartsAt, appointment.EndsAt, appointment.RescheduleReason, appointment.UpdatedAt));
    }

    [Fact]
    public void ReschedulingIntoThePastIsRefusedAndChangesNothing()
    {
        var appointment = Book();

        var refused = Assert.Throws<AppointmentRuleException>(() => appointment.Reschedule(new Slot(Now.AddHours(-1), Now), "Clash", Now));

        Assert.Equal(AppointmentRuleException.Kinds.Unprocessable, refused.Kind);
        Assert.Equal((Nine.StartsAt, null), (appointment.StartsAt, appointment.RescheduleReason));
    }

    [Fact]
    public void ReschedulingAnAppointmentThatHasStartedIsRefused()
    {
        var appointment = Book();

        var refused = Assert.Throws<AppointmentRuleException>(() => appointment.Reschedule(Ten, "Late", Nine.StartsAt.AddMinutes(1)));

        Assert.Equal(AppointmentRuleException.Kinds.Unprocessable, refused.Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void CancellingWithoutAReasonIsRefused(string? reason)
    {
        var appointment = Book();

        var refused = Assert.Throws<AppointmentRuleException>(() => appointment.Cancel(reason!, Now));

        Assert.Equal(AppointmentRuleException.Kinds.Invalid, refused.Kind);
        Assert.Equal(AppointmentStatus.Booked, appointment.Status);
    }

    [Fact]
    public void CancellingGivesTheSlotBackWithTheReason()
    {
        var appointment = Book();

        appointment.Cancel("Feeling better", Now);

        Assert.Equal((AppointmentStatus.Cancelled, "Feeling better"), (appointment.Status, appointment.CancellationReason));
    }

    [Fact]
    public void CancellingTwiceIsRefused()
    {
        var appointment = Book();
        appointment.Cancel("Feeling better", Now);

        var refused = Assert.Throws<AppointmentRuleException>(() => appointment.Cancel("Twice", Now));

        Assert.Equal(AppointmentRuleException.Kinds.Conflict, refused.Kind);
    }

    [Fact]
    public void CancellingACompletedAppointmentIsRefused()
    {
        var appointment = Book();
        appointment.Complete("CONS-GP", patientCheckedIn: false, Nine.StartsAt);

        var refused = Assert.Throws<AppointmentRuleException>(() => appointment.Cancel("Too late", Nine.StartsAt));

        Assert.Equal(AppointmentRuleException.Kinds.Conflict, refused.Kind);
        Assert.Equal(AppointmentStatus.Completed, appointment.Status);
    }

    [Fact]
    public void CompletingBeforeTheAppointmentStartsIsRefused()
    {
        var appointment = Book();

        var refused = Assert.Throws<AppointmentRuleException>(() => appointment.Complete("CONS-GP", patientCheckedIn: false, Nine.StartsAt.AddMinutes(-1)));

        Assert.Equal(AppointmentRuleException.Kinds.Unprocessable, refused.Kind);
        Assert.Equal(AppointmentStatus.Booked, appointment.Status);
    }

    [Fact]
    public void ACheckedInPatientSeenEarlyCompletesTheirAppointmentBeforeItStarts()
    {
        var appointment = Book();

        appointment.Complete("CONS-GP", patientCheckedIn: true, Nine.StartsAt.AddMinutes(-20));

        Assert.Equal(AppointmentStatus.Completed, appointment.Status);
    }

    [Fact]
    public void CompletingWithADoctorWhoChargesLeavesTheFeePending()
    {
        var appointment = Book();

        appointment.Complete("CONS-GP", patientCheckedIn: false, Nine.StartsAt.AddMinutes(10));

        Assert.Equal((AppointmentStatus.Completed, FeeStatus.Pending, "CONS-GP"),
            (appointment.Status, appointment.ConsultationFeeStatus, appointment.ConsultationFeeCode));
    }

    [Fact]
    public void CompletingWithADoctorWhoDoesNotChargeLeavesNothingToCharge()
    {
        var appointment = Book();

        appointment.Complete("", patientCheckedIn: false, Nine.StartsAt.AddMinutes(10));

        Assert.Equal((AppointmentStatus.Completed, null, null), (appointment.Status, appointment.ConsultationFeeStatus, appointment.ConsultationFeeCode));
    }

    [Fact]
    public void MarkingANoShowTwiceIsRefused()
    {
        var appointment = Book();
        appointment.MarkNoShow(Nine.EndsAt);

        var refused = Assert.Throws<AppointmentRuleException>(() => appointment.MarkNoShow(Nine.EndsAt));

        Assert.Equal((AppointmentRuleException.Kinds.Conflict, AppointmentStatus.NoShow), (refused.Kind, appointment.Status));
    }

    [Fact]
    public void AReasonLongerThanItsColumnIsAProblemEvenWhenOptional()
    {
        var tooLong = new string('x', Appointment.ReasonLength + 1);

        Assert.NotNull(Appointment.ReasonProblem(tooLong, required: false));
        Assert.Null(Appointment.ReasonProblem(null, required: false));
        Assert.NotNull(Appointment.ReasonProblem(null, required: true));
    }

    private static Appointment Book(string? reason = null) => Appointment.Book(Guid.NewGuid(), Guid.NewGuid(), Nine, reason, Guid.NewGuid(), Now);
}
