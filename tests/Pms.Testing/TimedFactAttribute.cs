using System.Runtime.CompilerServices;
using Xunit;

namespace Pms.Testing;

/// <summary>An async fact that fails after a minute instead of hanging the run: no service-level test needs half of that.</summary>
public sealed class TimedFactAttribute : FactAttribute
{
    public const int DefaultTimeout = 60_000;

    public TimedFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber) => Timeout = DefaultTimeout;
}
