using Microsoft.AspNetCore.Http.HttpResults;

namespace Pms.MailSink;

public static class MailboxPages
{
    // Mail HTML is rendered from untrusted input: the policy keeps scripts and remote content out even if a mail slips past the sandbox.
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    public static IEndpointRouteBuilder MapMailboxPages(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/");
        group.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return await next(context);
        });
        group.MapGet("/", Index);
        group.MapGet("/messages/{id:guid}", Message);
        return endpoints;
    }

    public static ContentHttpResult Index(MailStore store) =>
        TypedResults.Content(MailboxHtml.RenderIndex(store.List()), "text/html; charset=utf-8");

    public static Results<ContentHttpResult, NotFound> Message(MailStore store, Guid id) =>
        store.Find(id) is { } mail
            ? TypedResults.Content(MailboxHtml.RenderMessage(mail), "text/html; charset=utf-8")
            : TypedResults.NotFound();
}
