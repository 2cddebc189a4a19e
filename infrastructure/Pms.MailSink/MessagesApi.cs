using Microsoft.AspNetCore.Http.HttpResults;

namespace Pms.MailSink;

public static class MessagesApi
{
    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/messages");
        group.MapGet("/", ListMessages);
        group.MapGet("/{id:guid}", GetMessage);
        group.MapGet("/{id:guid}/raw", GetRawMessage);
        group.MapDelete("/", ClearMessages);
        return endpoints;
    }

    public static Ok<MailSummary[]> ListMessages(MailStore store, string? to) =>
        TypedResults.Ok(store.List(to).Select(MailSummary.FromMail).ToArray());

    public static Results<Ok<MailDetail>, ProblemHttpResult> GetMessage(MailStore store, Guid id) =>
        store.Find(id) is { } mail
            ? TypedResults.Ok(MailDetail.FromMail(mail))
            : MessageNotFound(id);

    public static Results<FileContentHttpResult, ProblemHttpResult> GetRawMessage(MailStore store, Guid id) =>
        store.Find(id) is { } mail
            ? TypedResults.Bytes(mail.Raw, "message/rfc822")
            : MessageNotFound(id);

    public static NoContent ClearMessages(MailStore store)
    {
        store.Clear();
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult MessageNotFound(Guid id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Message not found",
            detail: $"No message with id {id} is in the sink.");
}
