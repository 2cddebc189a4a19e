using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Pms.Auth.Security;

/// <summary>
/// Threads of their own for password hashing, one per core, that the operating system schedules after everything else:
/// a flood of sign-ins takes the CPU that nothing else wants instead of slowing down every other request on the machine.
/// The hashing keeps its full strength; only its priority is lower (on Linux, these threads' niceness is the process's
/// plus <see cref="NicenessAdded"/>; elsewhere they run at the process's priority).
/// </summary>
public sealed partial class PasswordHashingThreads : IDisposable
{
    public const int NicenessAdded = 10;

    private const int LowestPriority = 19;

    // setpriority's "which" for a single process or, given a thread id, a single thread.
    private const int ProcessPriorityWhich = 0;

    private readonly BlockingCollection<Action> _work = [];

    public PasswordHashingThreads()
    {
        for (var index = 0; index < Environment.ProcessorCount; index++)
        {
            new Thread(Serve) { IsBackground = true, Name = $"password-hashing-{index}" }.Start();
        }
    }

    /// <summary>Runs <paramref name="hash"/> on one of the hashing threads and waits for its result.</summary>
    public T Run<T>(Func<T> hash)
    {
        var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _work.Add(() =>
        {
            try
            {
                result.SetResult(hash());
            }
            catch (Exception exception)
            {
                result.SetException(exception);
            }
        });

        // Identity's hasher is synchronous: the caller waits, and sign-ins wait in PasswordWork's bounded queue before this.
        return result.Task.GetAwaiter().GetResult();
    }

    public void Dispose() => _work.CompleteAdding();

    private void Serve()
    {
        if (OperatingSystem.IsLinux())
        {
            // On Linux a thread is a task of its own: its niceness is set by its id. Raising it needs no privilege.
            var thread = GetThreadId();
            _ = SetPriority(ProcessPriorityWhich, thread, Math.Min(LowestPriority, GetPriority(ProcessPriorityWhich, thread) + NicenessAdded));
        }

        foreach (var work in _work.GetConsumingEnumerable())
        {
            work();
        }
    }

    [LibraryImport("libc", EntryPoint = "setpriority")]
    private static partial int SetPriority(int which, int who, int priority);

    [LibraryImport("libc", EntryPoint = "getpriority")]
    private static partial int GetPriority(int which, int who);

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetThreadId();
}
