using System.Runtime.CompilerServices;
using Xunit;

namespace Pms.Testing;

/// <summary>
/// An async fact that fails after <c>seconds</c> instead of hanging the run: a minute by
/// default, which no service-level test needs half of; journeys through the whole system name more.
/// </summary>
public sealed class TimedFactAttribute : FactAttribute
{
    public const int DefaultSeconds = 60;

    public TimedFactAttribute(int seconds = DefaultSeconds, [CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber) => Timeout = seconds * 1000;
}
