using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Pms.ServiceDefaults.Apis;

namespace Pms.ServiceDefaults.Tests;

public sealed class OutcomeResultsTests
{
    [Theory]
    [InlineData(RefusalKind.BadRequest, 400)]
    [InlineData(RefusalKind.NotFound, 404)]
    [InlineData(RefusalKind.Forbidden, 403)]
    [InlineData(RefusalKind.Conflict, 409)]
    [InlineData(RefusalKind.PayloadTooLarge, 413)]
    [InlineData(RefusalKind.UnsupportedMediaType, 415)]
    [InlineData(RefusalKind.Unprocessable, 422)]
    [InlineData(RefusalKind.TooManyRequests, 429)]
    [InlineData(RefusalKind.BadGateway, 502)]
    [InlineData(RefusalKind.Unavailable, 503)]
    public void ARefusalIsAProblemWithItsKindsStatusTitleAndDetail(RefusalKind kind, int status)
    {
        Outcome<string> outcome = new Refusal(kind, "Not now.", "Try later.");

        var problem = Assert.IsType<ProblemHttpResult>(outcome.ToOk().Result);

        Assert.Equal((status, status, "Not now.", "Try later."), (problem.StatusCode, problem.ProblemDetails.Status, problem.ProblemDetails.Title, problem.ProblemDetails.Detail));
    }

    [Fact]
    public void EveryRefusalKindHasAnErrorStatus() =>
        Assert.All(Enum.GetValues<RefusalKind>(), kind => Assert.InRange(kind.StatusCode(), 400, 599));

    [Fact]
    public void ARefusalWithoutDetailHasNone()
    {
        var problem = Refusal.NotFound("No such bill.").ToProblem();

        Assert.Equal((404, "No such bill.", null), (problem.StatusCode, problem.ProblemDetails.Title, problem.ProblemDetails.Detail));
    }

    [Fact]
    public void FieldErrorsAreAValidationProblem()
    {
        Outcome<string> outcome = FieldErrors.Of("name", "A name is required.");

        var validation = Assert.IsType<ValidationProblem>(outcome.ToCreated(value => $"/things/{value}").Result);

        Assert.Equal(400, validation.StatusCode);
        Assert.Equal(["A name is required."], validation.ProblemDetails.Errors["name"]);
    }

    [Fact]
    public void ADoneOutcomeIsOkWithItsValue()
    {
        Outcome<string> outcome = "value";

        Assert.Equal("value", Assert.IsType<Ok<string>>(outcome.ToOk().Result).Value);
    }

    [Fact]
    public void ADoneOutcomeIsCreatedAtItsLocation()
    {
        Outcome<string> outcome = "42";

        var created = Assert.IsType<Created<string>>(outcome.ToCreated(value => $"/things/{value}").Result);

        Assert.Equal(("/things/42", "42"), (created.Location, created.Value));
    }

    [Fact]
    public void AReadWithoutInputAnswersWithTheMappedValueOrTheProblem()
    {
        Outcome<string> found = "report";
        Outcome<string> missing = Refusal.NotFound("No such document.");

        Assert.IsType<NoContent>(found.ToResultOrProblem(_ => TypedResults.NoContent()).Result);
        Assert.Equal(404, Assert.IsType<ProblemHttpResult>(missing.ToResultOrProblem(_ => TypedResults.NoContent()).Result).StatusCode);
    }

    [Fact]
    public void AFailureKeepsItsRefusalAsAnotherOutcomeType()
    {
        Outcome<int> refused = Refusal.Conflict("Taken.");

        Assert.Equal(new Outcome<string>.Refused(Refusal.Conflict("Taken.")), refused.Failed<string>());
    }

    [Fact]
    public void AMissingRefusalIsNeverTakenForOne()
    {
        Refusal? missing = null;

        Assert.Throws<ArgumentNullException>(() => (Outcome<string>)missing!);
    }
}
