using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Pms.Auth.Security;

/// <summary>
/// Threads of their own for password hashing, one per core, that Linux runs only when nothing else wants the CPU
/// (scheduling policy <c>SCHED_IDLE</c>): a flood of sign-ins takes the CPU no one else needs instead of slowing down
/// every other request on the machine. The hashing keeps its full strength; only its priority is lower. Elsewhere, or
/// where the policy is refused (said once in the log), the threads run at the process's priority.
/// </summary>
public sealed partial class PasswordHashingThreads : IDisposable
{
    public const int IdlePolicy = 5;

    private readonly BlockingCollection<Action> _work = [];
    private readonly ILogger<PasswordHashingThreads> _logger;
    private int _policyRefusals;

    public PasswordHashingThreads(ILogger<PasswordHashingThreads> logger)
    {
        _logger = logger;
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
        // On Linux a thread is a task of its own, scheduled by its id; lowering its own priority needs no privilege.
        if (OperatingSystem.IsLinux() && SetScheduler(GetThreadId(), IdlePolicy, 0) != 0 && Interlocked.Increment(ref _policyRefusals) == 1)
        {
            LogIdlePolicyRefused(_logger, Marshal.GetLastPInvokeError());
        }

        foreach (var work in _work.GetConsumingEnumerable())
        {
            work();
        }
    }

    [LibraryImport("libc", EntryPoint = "sched_setscheduler", SetLastError = true)]
    private static partial int SetScheduler(int thread, int policy, in int priority);

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetThreadId();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password hashing runs at normal priority: the system refused the idle scheduling policy (errno {Error})")]
    private static partial void LogIdlePolicyRefused(ILogger logger, int error);
}
