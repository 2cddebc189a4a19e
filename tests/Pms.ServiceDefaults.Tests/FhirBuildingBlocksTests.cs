using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http;
using Pms.ServiceDefaults.Fhir;
using Pms.Testing.Fhir;
using Xunit.Sdk;
using Task = System.Threading.Tasks.Task;

namespace Pms.ServiceDefaults.Tests;

public sealed class FhirBuildingBlocksTests
{
    [Fact]
    public void TheCapabilityStatementIsValidR4AndOffersReadAndSearchOfEveryResource()
    {
        var statement = FhirCapabilities.Statement("https://pms.example/fhir");

        FhirValidation.AssertValid(statement);
        Assert.All(statement.Rest.Single().Resource, resource => Assert.Equal(
            [CapabilityStatement.TypeRestfulInteraction.Read, CapabilityStatement.TypeRestfulInteraction.SearchType],
            resource.Interaction.Select(interaction => interaction.Code)));
    }

    [Fact]
    public void TheValidatorUsedByTheTestsRejectsAnInvalidResource()
    {
        // R4's app-3: only proposed or cancelled appointments may lack a start.
        var booked = new Appointment { Id = "1", Status = Appointment.AppointmentStatus.Booked, Participant = [new() { Status = ParticipationStatus.Accepted }] };

        Assert.Throws<TrueException>(() => FhirValidation.AssertValid(booked));
    }

    [Theory]
    [InlineData("", 20, 0)]
    [InlineData("?_count=100&_offset=40", 100, 40)]
    [InlineData("?_count=1", 1, 0)]
    public void APageIsItsCountFromItsOffset(string query, int count, int offset)
    {
        var (page, error) = FhirPage.ForSearch(QueryOf(query), ResourceType.Patient);

        Assert.Equal((new FhirPage(count, offset), (string?)null), (page, error));
    }

    [Theory]
    [InlineData("?_count=0", "_count")]
    [InlineData("?_count=101", "_count")]
    [InlineData("?_count=ten", "_count")]
    [InlineData("?_offset=-1", "_offset")]
    [InlineData("?_offset=2147483600", "_offset")]
    [InlineData("?address=London", "address")]
    public void ParametersItCannotHonourAreRefusedNamingThem(string query, string named)
    {
        var (page, error) = FhirPage.ForSearch(QueryOf(query), ResourceType.Patient);

        Assert.Null(page);
        Assert.StartsWith(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ASearchsetLinksToThePagesBesideItKeepingTheOtherParameters()
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "https";
        request.Host = new HostString("pms.example");
        request.Path = "/fhir/Patient";
        request.QueryString = new QueryString("?family=Owusu&_count=10&_offset=10");

        var bundle = Searchset.Of(request, [new Patient { Id = "a" }], 25, new FhirPage(10, 10));

        Assert.Equal(
            [
                ("self", "https://pms.example/fhir/Patient?family=Owusu&_count=10&_offset=10"),
                ("previous", "https://pms.example/fhir/Patient?family=Owusu&_count=10&_offset=0"),
                ("next", "https://pms.example/fhir/Patient?family=Owusu&_count=10&_offset=20"),
            ],
            bundle.Link.Select(link => (link.Relation, link.Url)));
        Assert.Equal(("https://pms.example/fhir/Patient/a", 25), (bundle.Entry.Single().FullUrl, bundle.Total));
        FhirValidation.AssertValid(bundle);
    }

    [Theory]
    [InlineData("Patient/0f8fad5b-d9cb-469f-a165-70867728950e", "Patient", true)]
    [InlineData("https://pms.example/fhir/Patient/0f8fad5b-d9cb-469f-a165-70867728950e", "Patient", true)]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e", "Patient", true)]
    [InlineData("Practitioner/0f8fad5b-d9cb-469f-a165-70867728950e", "Patient", false)]
    [InlineData("Patient/42", "Patient", false)]
    public void AReferenceNamesAnIdOfItsTypeOnly(string value, string type, bool names)
    {
        Assert.Equal(names, FhirSearchValues.Reference(value, type) is not null);
    }

    [Theory]
    [InlineData(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Invalid)]
    [InlineData(StatusCodes.Status401Unauthorized, OperationOutcome.IssueType.Login)]
    [InlineData(StatusCodes.Status403Forbidden, OperationOutcome.IssueType.Forbidden)]
    [InlineData(StatusCodes.Status404NotFound, OperationOutcome.IssueType.NotFound)]
    [InlineData(StatusCodes.Status429TooManyRequests, OperationOutcome.IssueType.Throttled)]
    [InlineData(StatusCodes.Status503ServiceUnavailable, OperationOutcome.IssueType.Exception)]
    public void AnErrorIsAValidOperationOutcomeWhoseIssueCodeMatchesTheStatus(int status, OperationOutcome.IssueType code)
    {
        var outcome = FhirOutcomes.Error(status, "Something went wrong.");

        FhirValidation.AssertValid(outcome);
        Assert.Equal((OperationOutcome.IssueSeverity.Error, code), (outcome.Issue.Single().Severity, outcome.Issue.Single().Code));
    }

    [Fact]
    public async Task ProblemsUnderFhirAreWrittenAsOperationOutcomes()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/fhir/Patient";
        context.Response.Body = new MemoryStream();
        var writer = new FhirProblemDetailsWriter();
        var problem = new ProblemDetailsContext { HttpContext = context, ProblemDetails = { Status = 403, Title = "Forbidden" } };

        await writer.WriteAsync(problem);

        context.Response.Body.Position = 0;
        var outcome = FhirValidation.ParseValid<OperationOutcome>(await new StreamReader(context.Response.Body).ReadToEndAsync(TestContext.Current.CancellationToken));
        Assert.Equal((true, FhirJson.MediaType, OperationOutcome.IssueType.Forbidden),
            (writer.CanWrite(problem), context.Response.ContentType?.Split(';')[0], outcome.Issue.Single().Code));
    }

    private static QueryCollection QueryOf(string query) => new(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query));
}
