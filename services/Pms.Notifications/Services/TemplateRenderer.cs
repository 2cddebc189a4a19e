using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Fluid;
using Microsoft.Extensions.Options;

namespace Pms.Notifications.Services;

/// <summary>
/// Renders the Liquid templates in the template directory: for email a subject, a text part and
/// an HTML part (values HTML-encoded); for SMS one short text. Edited files are picked up at once.
/// </summary>
public sealed class TemplateRenderer(IOptions<NotificationOptions> options)
{
    /// <summary>Two GSM-7 segments; longer texts cost more and arrive split.</summary>
    public const int MaximumSmsLength = 306;

    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions TemplateOptions = new();
    private readonly ConcurrentDictionary<string, (DateTime Written, IFluidTemplate Template)> _cache = new();

    public RenderedMessage RenderEmail(string template, IReadOnlyDictionary<string, object?> model) => new(
        Render($"{template}.email.subject", model, NullEncoder.Default).Trim(),
        Render($"{template}.email.text", model, NullEncoder.Default).Trim(),
        Render($"{template}.email.html", model, HtmlEncoder.Default).Trim());

    public RenderedMessage RenderSms(string template, IReadOnlyDictionary<string, object?> model)
    {
        var text = string.Join(' ', Render($"{template}.sms", model, NullEncoder.Default).Split(default(char[]), StringSplitOptions.RemoveEmptyEntries));
        return new RenderedMessage(null, text.Length <= MaximumSmsLength ? text : text[..(MaximumSmsLength - 1)] + "…", null);
    }

    private string Render(string name, IReadOnlyDictionary<string, object?> model, TextEncoder encoder)
    {
        var path = Path.Combine(options.Value.TemplateDirectory, name + ".liquid");
        var written = File.GetLastWriteTimeUtc(path);
        var cached = _cache.AddOrUpdate(
            path,
            _ => (written, Parse(path)),
            (_, existing) => existing.Written == written ? existing : (written, Parse(path)));

        var context = new TemplateContext(TemplateOptions);
        foreach (var (key, value) in model)
        {
            context.SetValue(key, value);
        }

        return cached.Template.Render(context, encoder);
    }

    private static IFluidTemplate Parse(string path) =>
        Parser.TryParse(File.ReadAllText(path), out var template, out var error)
            ? template
            : throw new InvalidOperationException($"The template {Path.GetFileName(path)} does not parse: {error}");
}
