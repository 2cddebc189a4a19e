using System.Runtime.CompilerServices;
using Xunit;

namespace Pms.Testing;

/// <summary>An async theory whose every row fails after <see cref="TimedFactAttribute.DefaultTimeout"/> instead of hanging the run.</summary>
public sealed class TimedTheoryAttribute : TheoryAttribute
{
    public TimedTheoryAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber) => Timeout = TimedFactAttribute.DefaultTimeout;
}
