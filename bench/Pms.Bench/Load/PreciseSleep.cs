using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Pms.Bench.Load;

/// <summary>
/// Sleeps until a <see cref="Stopwatch"/> timestamp with tens of microseconds of accuracy on Linux
/// (nanosleep), where Thread.Sleep rounds to whole milliseconds; it never spins, so the load
/// generator leaves the cores to the system it measures.
/// </summary>
public static class PreciseSleep
{
    public static void Until(long timestamp)
    {
        var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        if (remaining <= TimeSpan.Zero)
        {
            return;
        }

        if (OperatingSystem.IsLinux())
        {
            var request = new NativeMethods.TimeSpec { Seconds = (long)remaining.TotalSeconds, Nanoseconds = remaining.Ticks % TimeSpan.TicksPerSecond * 100 };
            _ = NativeMethods.nanosleep(ref request, IntPtr.Zero);
        }
        else
        {
            Thread.Sleep(remaining);
        }
    }

    private static class NativeMethods
    {
        [StructLayout(LayoutKind.Sequential)]
        public struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", SetLastError = false)]
        public static extern int nanosleep(ref TimeSpec request, IntPtr remaining);
    }
}
