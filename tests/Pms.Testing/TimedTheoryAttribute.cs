using System.Runtime.CompilerServices;
using Xunit;

namespace Pms.Testing;

/// <summary>An async theory whose every row fails after <c>seconds</c> instead of hanging the run (see <see cref="TimedFactAttribute"/>).</summary>
public sealed class TimedTheoryAttribute : TheoryAttribute
{
    public TimedTheoryAttribute(int seconds = TimedFactAttribute.DefaultSeconds, [CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber) => Timeout = seconds * 1000;
}
