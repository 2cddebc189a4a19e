using System.Text.RegularExpressions;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace Pms.Web.Tests;

public static partial class RenderedText
{
    /// <summary>The text of the element matching <paramref name="selector"/> as a reader sees it: white space as single spaces, trimmed.</summary>
    public static string TextOf<TComponent>(this IRenderedComponent<TComponent> component, string selector)
        where TComponent : IComponent =>
        Spaces().Replace(component.Find(selector).TextContent, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
