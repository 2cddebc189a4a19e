namespace Pms.Patients.Services;

/// <summary>The failures of a call to billing that leave a fee Pending for the background job to retry.</summary>
public static class BillingFailure
{
    public static bool LeavesFeePending(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException
        || exception is TaskCanceledException && !cancellationToken.IsCancellationRequested;
}
