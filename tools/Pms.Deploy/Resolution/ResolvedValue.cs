using System.Text;

namespace Pms.Deploy.Resolution;

/// <summary>A manifest value with every expression replaced: text, secrets, or both.</summary>
public sealed record ResolvedValue(IReadOnlyList<ValueSegment> Segments)
{
    public static ResolvedValue Literal(string text) => new([new LiteralSegment(text)]);

    public static ResolvedValue Secret(string key) => new([new SecretSegment(key)]);

    public bool HasSecrets => Segments.Any(segment => segment is SecretSegment);

    public IEnumerable<string> SecretKeys => Segments.OfType<SecretSegment>().Select(segment => segment.Key).Distinct();

    /// <summary>The single secret key when the whole value is one secret, so it can be referenced directly.</summary>
    public string? WholeSecretKey => Segments is [SecretSegment only] ? only.Key : null;

    public string Text => Segments.All(segment => segment is LiteralSegment)
        ? string.Concat(Segments.Cast<LiteralSegment>().Select(segment => segment.Text))
        : throw new InvalidOperationException("A value that contains secrets has no plain text.");

    public ResolvedValue Concat(ResolvedValue other)
    {
        var segments = new List<ValueSegment>(Segments);
        foreach (var segment in other.Segments)
        {
            if (segment is LiteralSegment { Text.Length: 0 })
            {
                continue;
            }

            if (segment is LiteralSegment next && segments is [.., LiteralSegment previous])
            {
                segments[^1] = new LiteralSegment(previous.Text + next.Text);
            }
            else
            {
                segments.Add(segment);
            }
        }

        return new ResolvedValue(segments);
    }

    /// <summary>
    /// The value as a Kubernetes dependent environment variable: each secret becomes <c>$(NAME)</c>
    /// of a variable declared earlier, and a literal <c>$(</c> is escaped so Kubernetes keeps it.
    /// </summary>
    public string ToDependentValue(Func<string, string> secretVariableName)
    {
        var text = new StringBuilder();
        foreach (var segment in Segments)
        {
            text.Append(segment switch
            {
                LiteralSegment literal => literal.Text.Replace("$(", "$$(", StringComparison.Ordinal),
                SecretSegment secret => $"$({secretVariableName(secret.Key)})",
                _ => throw new InvalidOperationException($"Unknown segment {segment}."),
            });
        }

        return text.ToString();
    }
}
